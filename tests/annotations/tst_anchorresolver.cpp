// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
const QString original
    = QStringLiteral("The ministry said on Tuesday that the ceasefire would hold until Friday. "
                     "Officials in the capital declined to comment. A spokesman added that the talks "
                     "would resume next week in Geneva, and that both sides had agreed to exchange prisoners.");
}

class TestAnchorResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void makesContext()
    {
        const int at = int(original.indexOf(QStringLiteral("ceasefire")));
        const AnnotationTarget t = AnchorResolver::makeTarget(QStringLiteral("a"), original, { at, at + 9 });
        QCOMPARE(t.quote.exact, QStringLiteral("ceasefire"));
        QCOMPARE(t.quote.prefix.size(), AnchorResolver::contextLength);
        QVERIFY(original.left(at).endsWith(t.quote.prefix));
        QVERIFY(original.mid(at + 9).startsWith(t.quote.suffix));
        QCOMPARE(t.position, (TextPositionSelector { at, at + 9 }));
        // At the very start there is no prefix; spans are clamped to the text.
        const AnnotationTarget first = AnchorResolver::makeTarget(QStringLiteral("a"), original, { -5, 3 });
        QCOMPARE(first.quote.prefix, QString());
        QCOMPARE(first.quote.exact, QStringLiteral("The"));
        // A surrogate pair is never split by the context.
        const QString emoji = QStringLiteral("ab\U0001F600cd");
        const AnnotationTarget e = AnchorResolver::makeTarget(QStringLiteral("a"), emoji, { 4, 6 });
        QCOMPARE(e.quote.prefix, QStringLiteral("ab\U0001F600"));
    }

    void reattaches_data()
    {
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("changed");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("found");

        QTest::newRow("unchanged") << "the ceasefire would hold until Friday" << original << int(AnchorState::Attached)
                                   << "the ceasefire would hold until Friday";
        QTest::newRow("insertion before")
            << "the ceasefire would hold until Friday" << QStringLiteral("UPDATED 14:02. ") + original
            << int(AnchorState::Moved) << "the ceasefire would hold until Friday";
        QTest::newRow("paragraph removed before")
            << "the talks would resume next week in Geneva"
            << QString(original).remove(0, int(original.indexOf(QStringLiteral("Officials"))))
            << int(AnchorState::Moved) << "the talks would resume next week in Geneva";
        QTest::newRow("edit inside") << "the ceasefire would hold until Friday"
                                     << QString(original).replace(QStringLiteral("would hold until Friday"),
                                            QStringLiteral("would hold until Sunday"))
                                     << int(AnchorState::Fuzzy) << "the ceasefire would hold until Sunday";
        QTest::newRow("words added inside")
            << "the talks would resume next week in Geneva"
            << QString(original).replace(QStringLiteral("resume next week"), QStringLiteral("resume early next week"))
            << int(AnchorState::Fuzzy) << "the talks would resume early next week in Geneva";
        QTest::newRow("edit inside and text inserted before")
            << "both sides had agreed to exchange prisoners"
            << QStringLiteral("Breaking: ")
                + QString(original).replace(QStringLiteral("had agreed"), QStringLiteral("have agreed"))
            << int(AnchorState::Fuzzy) << "both sides have agreed to exchange prisoners";
        QTest::newRow("whitespace normalised")
            << "Officials in the capital declined to comment"
            << QString(original).replace(QStringLiteral("in the capital"), QStringLiteral("in  the\ncapital"))
            << int(AnchorState::Fuzzy) << "Officials in  the\ncapital declined to comment";
        QTest::newRow("anchor text deleted")
            << "A spokesman added that the talks would resume next week in Geneva"
            << QString(original).remove(
                   QStringLiteral("A spokesman added that the talks would resume next week in Geneva, and "))
            << int(AnchorState::Orphaned) << QString();
        QTest::newRow("article replaced")
            << "the ceasefire would hold until Friday"
            << QStringLiteral("An entirely different story about football results and the weather at the weekend.")
            << int(AnchorState::Orphaned) << QString();
    }

    void reattaches()
    {
        QFETCH(QString, exact);
        QFETCH(QString, changed);
        QFETCH(int, state);
        QFETCH(QString, found);
        const int at = int(original.indexOf(exact));
        QVERIFY(at >= 0);
        AnnotationAnchor anchor { QStringLiteral("outlet A"),
            AnchorResolver::makeTarget(QStringLiteral("a"), original, { at, at + int(exact.size()) }) };
        anchor.target.quoteId = QStringLiteral("a#q1");
        const AnnotationAnchor before = anchor;
        AnchorResolver::reattach(anchor, changed);
        QCOMPARE(int(anchor.state), state);
        QCOMPARE(anchor.target.quoteId, QStringLiteral("a#q1"));
        if (AnchorState(state) == AnchorState::Orphaned) {
            // Kept exactly as annotated, so the analyst can see what was lost.
            QCOMPARE(anchor.target, before.target);
            return;
        }
        const TextPositionSelector p = anchor.target.position;
        QCOMPARE(changed.mid(p.start, p.end - p.start), found);
        QCOMPARE(anchor.target.quote.exact, found);
        QCOMPARE(anchor.previousExact, found == exact ? QString() : exact);
        // Re-attaching again to the same text finds the same place: now its recorded one.
        const AnnotationAnchor once = anchor;
        AnchorResolver::reattach(anchor, changed);
        QCOMPARE(anchor.target, once.target);
        QCOMPARE(anchor.previousExact, once.previousExact);
        QCOMPARE(anchor.state, once.previousExact.isNull() ? AnchorState::Attached : AnchorState::Fuzzy);
    }

    void contextPicksTheRightCopy()
    {
        const QString text
            = QStringLiteral("He said \"no\" to the first offer. Later he said \"no\" to the second offer.");
        const int second = int(text.lastIndexOf(QStringLiteral("no")));
        const AnnotationTarget t = AnchorResolver::makeTarget(QStringLiteral("a"), text, { second, second + 2 });
        const QString changed = QStringLiteral("Reportedly, ") + text;
        const AnchorResolver::Match m = AnchorResolver::resolve(t, changed);
        QCOMPARE(m.state, AnchorState::Moved);
        QCOMPARE(m.span.start, second + 12);
    }

    void anOrphanComesBackWhenItsTextDoes()
    {
        const int at = int(original.indexOf(QStringLiteral("Geneva")));
        AnnotationAnchor anchor { QStringLiteral("outlet A"),
            AnchorResolver::makeTarget(QStringLiteral("a"), original, { at, at + 6 }) };
        AnchorResolver::reattach(anchor, QStringLiteral("nothing here"));
        QCOMPARE(anchor.state, AnchorState::Orphaned);
        AnchorResolver::reattach(anchor, original);
        QCOMPARE(anchor.state, AnchorState::Attached);
    }
};

QTEST_GUILESS_MAIN(TestAnchorResolver)
#include "tst_anchorresolver.moc"
