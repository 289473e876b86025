// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/speakerlabel.h"

#include <QTest>

// How the quote list, the speaker filter and the comparison name a speaker: an organisation's mark
// is composed in one place, so all of them say it alike.
class TestSpeakerLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesASpeaker_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("shortMark");
        QTest::addColumn<QString>("withMark");
        QTest::addColumn<QString>("withCount");
        const QString board = QStringLiteral("Harbour Board");
        const QString chair = QStringLiteral("Mara Quill");
        QTest::newRow("organisation") << board << int(SpeakerKind::Organisation) << QStringLiteral("(organisation)")
                                      << QStringLiteral("(org.)") << QStringLiteral("Harbour Board (organisation)")
                                      << QStringLiteral("Harbour Board (organisation, 3)");
        QTest::newRow("person") << chair << int(SpeakerKind::Person) << QString() << QString() << chair
                                << QStringLiteral("Mara Quill (3)");
        QTest::newRow("kind unknown") << chair << int(SpeakerKind::Unknown) << QString() << QString() << chair
                                      << QStringLiteral("Mara Quill (3)");
    }

    void namesASpeaker()
    {
        QFETCH(QString, speaker);
        QFETCH(int, kind);
        QFETCH(QString, mark);
        QFETCH(QString, shortMark);
        QFETCH(QString, withMark);
        QFETCH(QString, withCount);
        const auto k = SpeakerKind(kind);
        QCOMPARE(SpeakerLabel::organisationMark(k), mark);
        QCOMPARE(SpeakerLabel::organisationMark(k, SpeakerLabel::Length::Short), shortMark);
        QCOMPARE(SpeakerLabel::withMark(speaker, k), withMark);
        QCOMPARE(SpeakerLabel::withCount(speaker, k, 3), withCount);
        QCOMPARE(SpeakerLabel::name(speaker), speaker);
    }

    void anUnnamedSpeakerIsUnknown() { QCOMPARE(SpeakerLabel::name(QString()), QStringLiteral("Unknown speaker")); }
};

QTEST_MAIN(TestSpeakerLabel)
#include "tst_speakerlabel.moc"
