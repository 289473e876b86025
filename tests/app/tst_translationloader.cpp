// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The translations the application installs: English plural forms under every language, the
// locale's own translation above them.
class TestTranslationLoader : public QObject
{
    Q_OBJECT
private:
    struct PluralMessage {
        QString context, source, one, many;
    };

    // Every plural message of the English plurals file, as the translators edit it.
    static QList<PluralMessage> englishPlurals()
    {
        QFile file(QStringLiteral(PARALLAX_TRANSLATIONS_DIR "/parallax_en.ts"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        QList<PluralMessage> out;
        QXmlStreamReader xml(&file);
        QString context;
        PluralMessage message;
        QStringList forms;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"message")
                forms.clear();
            else if (xml.isStartElement() && xml.name() == u"source")
                message.source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"numerusform")
                forms.append(xml.readElementText());
            else if (xml.isEndElement() && xml.name() == u"message") {
                message.context = context;
                message.one = forms.value(0);
                message.many = forms.value(1);
                out.append(message);
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
        return out;
    }

    static QString plural(const char *context, const char *source, int n)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

private Q_SLOTS:
    void cleanup()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void withoutTranslationEnglishPlurals()
    {
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::German)),
            QStringList { QStringLiteral("en") });
        QCOMPARE(plural("MainWindow", "%n article(s)", 1), QStringLiteral("1 article"));
        QCOMPARE(plural("MainWindow", "%n article(s)", 5), QStringLiteral("5 articles"));
        QCOMPARE(plural("MainWindow", "%n article(s)", 0), QStringLiteral("0 articles"));
        QCOMPARE(plural("TimelinePainter", "%n years", 1), QStringLiteral("1 year"));
        QCOMPARE(plural("ComparisonHtml", "%n outlet(s)", 3), QStringLiteral("3 outlets"));
        // Messages without a count are left as written.
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }

    // A locale without a shipped translation gets English, with its plural forms.
    void localeWithoutTranslationGetsEnglish()
    {
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::Korean)),
            QStringList { QStringLiteral("en") });
        QCOMPARE(plural("MainWindow", "%n statement(s)", 2), QStringLiteral("2 statements"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }

    // Every .ts file in translations/ is compiled into the resources, and what ships is complete: a
    // message left unfinished, or translated by nothing, fails here (it would show untranslated).
    void everyShippedMessageIsFinished()
    {
        const QStringList tsFiles = QDir(QStringLiteral(PARALLAX_TRANSLATIONS_DIR))
                                        .entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name);
        QVERIFY(!tsFiles.isEmpty());
        QStringList expectedQm;
        for (const QString &ts : tsFiles)
            expectedQm.append(QFileInfo(ts).completeBaseName() + QStringLiteral(".qm"));
        QCOMPARE(QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name), expectedQm);

        for (const QString &ts : tsFiles) {
            QFile file(QDir(QStringLiteral(PARALLAX_TRANSLATIONS_DIR)).filePath(ts));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QXmlStreamReader xml(&file);
            QString source;
            int messages = 0;
            QStringList unfinished;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source") {
                    source = xml.readElementText();
                    ++messages;
                } else if (xml.name() == u"translation") {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (!type.isEmpty() || text.trimmed().isEmpty())
                        unfinished.append(source);
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(ts + QStringLiteral(": ") + xml.errorString()));
            QVERIFY2(messages > 0, qPrintable(ts + QStringLiteral(" translates nothing")));
            QVERIFY2(unfinished.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 of %3 messages unfinished, first: %4")
                               .arg(ts)
                               .arg(unfinished.size())
                               .arg(messages)
                               .arg(unfinished.value(0))));
        }
    }

    void englishLocaleInstallsOnce()
    {
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::English)),
            QStringList { QStringLiteral("en") });
        QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 1);
    }

    void everyPluralMessageHasBothForms()
    {
        TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::German));
        const QList<PluralMessage> messages = englishPlurals();
        QVERIFY(messages.size() >= 20);
        for (const PluralMessage &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            QVERIFY2(!m.one.isEmpty() && !m.many.isEmpty() && !m.one.contains(QLatin1String("(s)"))
                    && !m.many.contains(QLatin1String("(s)")),
                qPrintable(m.source));
            // What the application shows is the form in the file, with the count in place.
            QCOMPARE(plural(context.constData(), source.constData(), 1),
                QString(m.one).replace(QStringLiteral("%n"), QStringLiteral("1")));
            QCOMPARE(plural(context.constData(), source.constData(), 7),
                QString(m.many).replace(QStringLiteral("%n"), QStringLiteral("7")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
