// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/attributionlexicon.h"
#include "language/languagedata.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

// Every data file of models/language/data/: compiled in, well formed, disjoint where it says so; and
// the checks themselves, on malformed files.
class TestWordLists : public QObject
{
    Q_OBJECT

    static QString sourcePath(const QString &name)
    {
        return QStringLiteral(PARALLAX_LANGUAGE_DATA_DIR "/") + name + u".txt";
    }

    // The list as the source tree holds it, so that messages name the file to fix.
    static WordList sourceList(const QString &name)
    {
        QFile file(sourcePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return WordList::parse(file.fileName(), QString::fromUtf8(file.readAll()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFileCompiledIn()
    {
        QStringList inSource;
        const QString root = QStringLiteral(PARALLAX_LANGUAGE_DATA_DIR "/");
        QDirIterator it(root, { QStringLiteral("*") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inSource.append(it.next().mid(root.size()).chopped(4));
        inSource.sort();
        QVERIFY(!inSource.isEmpty());
        QCOMPARE(LanguageData::names(), inSource);
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : LanguageData::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void wellFormed()
    {
        QFETCH(QString, name);
        const WordList list = sourceList(name);
        QVERIFY2(list.errors().isEmpty(), qPrintable(list.errors().join(u'\n')));
        QCOMPARE(LanguageData::list(name).words(), list.words());
    }

    void disjoint_data() { wellFormed_data(); }
    void disjoint()
    {
        QFETCH(QString, name);
        const WordList list = sourceList(name);
        for (const QString &other : list.disjointFrom()) {
            QVERIFY2(LanguageData::names().contains(other),
                qPrintable(list.path() + u": disjoint from \"" + other + u"\", which is no list"));
            const QStringList otherWords = sourceList(other).words();
            for (const WordList::Entry &e : list.entries()) {
                QVERIFY2(!otherWords.contains(e.text),
                    qPrintable(list.path() + u':' + QString::number(e.line) + u": \"" + e.text + u"\" is also in "
                        + sourcePath(other)));
            }
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");
        const QString header = QStringLiteral("# SPDX-License-Identifier: GPL-3.0-or-later\n# Words for a test.\n");
        const auto file = [&header](const char *entries) -> QString { return header + QString::fromUtf8(entries); };
        const auto at = [](int line, const char *message) -> QString {
            return u"bad.txt:" + QString::number(line) + u": " + QString::fromUtf8(message);
        };
        QTest::newRow("directive after entries") << file("alpha\nbeta\n#! disjoint: other/list\n")
                                                 << QStringList { at(5, "directive after the first entry") };
        QTest::newRow("clean") << file("#! disjoint: a/b c/d\nalpha\nbeta\n") << QStringList {};
        QTest::newRow("out of order") << file("beta\nalpha\ngamma\n")
                                      << QStringList { at(4, R"("alpha" is out of order (after "beta"))") };
        QTest::newRow("repeated") << file("alpha\nbeta\nalpha\n") << QStringList { at(5, "\"alpha\" repeats line 3") };
        QTest::newRow("upper-case") << file("Alpha\n") << QStringList { at(3, "\"Alpha\" is not lower-case") };
        QTest::newRow("spaces") << file("alpha \n") << QStringList { at(3, "\"alpha \" has spaces around it") };
        QTest::newRow("tab") << file("alpha\tbeta\n")
                             << QStringList { at(3, "\"alpha\tbeta\" has a tab or a double space") };
        QTest::newRow("empty line") << file("alpha\n\nbeta\n") << QStringList { at(4, "empty line") };
        QTest::newRow("no header") << QStringLiteral("# SPDX-License-Identifier: GPL-3.0-or-later\nalpha\n")
                                   << QStringList { at(2, "no comment header saying what the list is for") };
        QTest::newRow("no entries") << header << QStringList { at(3, "no entries") };
        QTest::newRow("unknown directive")
            << file("#! sorted: yes\nalpha\n")
            << QStringList { at(3, "unknown directive \"sorted: yes\" (known: disjoint, ordered, cased)") };
        QTest::newRow("ordered") << file("#! ordered: first to last\ngamma\nalpha\n") << QStringList {};
        QTest::newRow("ordered, repeated") << file("#! ordered: first to last\ngamma\nalpha\ngamma\n")
                                           << QStringList { at(6, "\"gamma\" repeats line 4") };
        QTest::newRow("ordered without a reason")
            << file("#! ordered:\nalpha\n") << QStringList { at(3, "ordered: gives no reason") };
        QTest::newRow("cased") << file("#! cased: abbreviations\nMr.\nvs.\n") << QStringList {};
        QTest::newRow("cased, out of order") << file("#! cased: abbreviations\nvs.\nMr.\n")
                                             << QStringList { at(5, R"("Mr." is out of order (after "vs."))") };
        QTest::newRow("cased without a reason")
            << file("#! cased:\nMr.\n") << QStringList { at(3, "cased: gives no reason") };
        QTest::newRow("broken UTF-8") << file("caf\xc3\n") << QStringList { at(3, "not valid UTF-8") };
        QTest::newRow("CRLF line ends") << QStringLiteral("# Words for a test.\r\nalpha\r\nbeta\r\n") << QStringList {};
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        QCOMPARE(WordList::parse(QStringLiteral("bad.txt"), text).errors(), errors);
    }

    // The attribution lexicon reads its classes from the lists, case-insensitively.
    void attributionClasses_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<uint>("classes");
        using namespace AttributionLexicon;
        QTest::newRow("speech verb") << QStringLiteral("Said") << uint(SpeechVerb);
        QTest::newRow("speech and reporting verb") << QStringLiteral("reported") << uint(SpeechVerb | ReportingVerb);
        QTest::newRow("title and modifier") << QStringLiteral("chief") << uint(Title | TitleModifier);
        QTest::newRow("honorific with a dot") << QStringLiteral("Mr.") << uint(Honorific);
        QTest::newRow("woman's title") << QStringLiteral("Queen") << uint(Title | FemaleWord);
        QTest::newRow("particle") << QStringLiteral("von") << uint(NameParticle);
        QTest::newRow("no class") << QStringLiteral("bridge-builder") << 0u;
    }
    void attributionClasses()
    {
        QFETCH(QString, word);
        QFETCH(uint, classes);
        QCOMPARE(AttributionLexicon::wordClasses(word), quint32(classes));
    }
};

QTEST_GUILESS_MAIN(TestWordLists)
#include "tst_wordlists.moc"
