// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

#include <QTest>
#include <QVariant>

#include <memory>

using namespace Qt::StringLiterals;

// The one error type of every layer: an Error is a success only without a code, and a Result holds
// either its value or the error that prevented it, never both.
class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIsSuccess()
    {
        const Error none;
        QVERIFY(none.ok());
        QCOMPARE(none.code, Error::Code::None);
        QVERIFY(none.file.isEmpty());
        QVERIFY(none.message.isEmpty());
    }

    void codeMeansFailure_data()
    {
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("not found") << Error::Code::NotFound;
        QTest::newRow("locked") << Error::Code::Locked;
        QTest::newRow("read-only") << Error::Code::ReadOnly;
        QTest::newRow("malformed") << Error::Code::Malformed;
        QTest::newRow("refused") << Error::Code::Refused;
    }

    void codeMeansFailure()
    {
        QFETCH(Error::Code, code);
        const Error error { code, u"notes.txt is in the way"_s, u"notes.txt"_s };
        QVERIFY(!error.ok());
        QCOMPARE(error.code, code);
        QCOMPARE(error.file, u"notes.txt"_s);
        QCOMPARE(error.message, u"notes.txt is in the way"_s);
        QVERIFY(error != Error());
    }

    void fileIsOptional()
    {
        const Error error { Error::Code::InvalidArgument, u"no annotation with id a7"_s };
        QVERIFY(!error.ok());
        QVERIFY(error.file.isEmpty());
    }

    void equalityComparesEveryField()
    {
        const Error error { Error::Code::Io, u"disk full"_s, u"a.parallax"_s };
        QCOMPARE(error, (Error { Error::Code::Io, u"disk full"_s, u"a.parallax"_s }));
        QVERIFY(error != (Error { Error::Code::Damaged, u"disk full"_s, u"a.parallax"_s }));
        QVERIFY(error != (Error { Error::Code::Io, u"disk is full"_s, u"a.parallax"_s }));
        QVERIFY(error != (Error { Error::Code::Io, u"disk full"_s, u"b.parallax"_s }));
    }

    // Signals carry errors, and QSignalSpy and queued connections hold them in a QVariant.
    void travelsInAVariant()
    {
        const Error error { Error::Code::Locked, u"held by another Parallax"_s, u"a.parallax"_s };
        const QVariant variant = QVariant::fromValue(error);
        QVERIFY(variant.canConvert<Error>());
        QCOMPARE(variant.value<Error>(), error);
    }

    void resultHoldsValue()
    {
        Result<QStringList> result = QStringList { u"s1"_s, u"s2"_s };
        QVERIFY(result.ok());
        QCOMPARE(result.value(), (QStringList { u"s1"_s, u"s2"_s }));
        QVERIFY(result.error().ok());
        result.value().append(u"s3"_s);
        QCOMPARE(std::as_const(result).value().size(), 3);
    }

    // An empty value is still a value: an empty selection is not a failure.
    void emptyValueIsSuccess()
    {
        const Result<QStringList> result = QStringList();
        QVERIFY(result.ok());
        QVERIFY(result.value().isEmpty());
    }

    void resultHoldsError()
    {
        const Result<int> result
            = Error { Error::Code::TooNew, u"a.parallax: written by a newer Parallax"_s, u"a.parallax"_s };
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::TooNew);
        QCOMPARE(result.error().file, u"a.parallax"_s);
        QVERIFY(result.error().message.contains(u"newer"_s));
    }

    // Opened stores and locks are move-only: the value is moved out, not copied.
    void resultHoldsMoveOnlyValue()
    {
        Result<std::unique_ptr<int>> result = std::make_unique<int>(42);
        QVERIFY(result.ok());
        const std::unique_ptr<int> taken = std::move(result.value());
        QCOMPARE(*taken, 42);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
