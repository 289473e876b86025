// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/stringpool.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace
{
// A mention decoded on its own: every string a fresh copy, as a parked blob gives them.
EventMention decoded(int article)
{
    EventMention m;
    m.article = article;
    m.text = QString::fromUtf8("Ona Velt met Ivo Marr in Tarsis");
    m.trigger = QString::fromUtf8("met");
    m.place = QString::fromUtf8("Tarsis");
    m.participants = { QString::fromUtf8("Ona Velt"), QString::fromUtf8("Ivo Marr") };
    m.theme = QString::fromUtf8("Ona Velt");
    m.timex.value = QString::fromUtf8("2025-10-27");
    return m;
}
}

class TestStringPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Equal strings of mentions from different articles end up as one string, whichever field holds them.
    void equalStringsAreShared()
    {
        StringPool pool;
        QList<EventMention> first { decoded(0) };
        QList<EventMention> second { decoded(1) };
        QVERIFY(first[0].trigger.constData() != second[0].trigger.constData());
        pool.share(first);
        pool.share(second);
        QCOMPARE(second[0].trigger.constData(), first[0].trigger.constData());
        QCOMPARE(second[0].place.constData(), first[0].place.constData());
        QCOMPARE(second[0].participants[1].constData(), first[0].participants[1].constData());
        // the theme and a participant are one name in two fields
        QCOMPARE(second[0].theme.constData(), first[0].participants[0].constData());
        QCOMPARE(second[0].timex.value.constData(), first[0].timex.value.constData());
        QCOMPARE(second[0].trigger, u"met"_s);
        QCOMPARE(second[0].article, 1);
    }

    // Different strings stay themselves; empty and null ones are left as they were.
    void differentAndEmptyStringsKeepTheirValues()
    {
        StringPool pool;
        QList<EventMention> list { decoded(0), decoded(1) };
        list[1].place = QString::fromUtf8("Varnia");
        list[1].claim = QString(u""_s);
        pool.share(list);
        QCOMPARE(list[0].place, u"Tarsis"_s);
        QCOMPARE(list[1].place, u"Varnia"_s);
        QVERIFY(list[0].claim.isNull());
        QVERIFY(!list[1].claim.isNull());
        QVERIFY(list[1].claim.isEmpty());
    }

    // Articles are shared from the pool's threads at once: every copy still ends up as one string.
    void sharingFromManyThreads()
    {
        StringPool pool;
        QList<QList<EventMention>> articles;
        for (int i = 0; i < 200; ++i)
            articles.append(QList<EventMention> { decoded(i) });
        QVERIFY(articles[1][0].text.constData() != articles[0][0].text.constData());
        QtConcurrent::blockingMap(articles, [&pool](QList<EventMention> &list) { pool.share(list); });
        for (const QList<EventMention> &list : std::as_const(articles))
            QCOMPARE(list[0].text.constData(), articles[0][0].text.constData());
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
