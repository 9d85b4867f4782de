#include "harness/envelope.h"
#include "harness/retrydelay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace hci;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(hci::ApiError::Kind)

namespace {

const QByteArray kSuccess = QByteArrayLiteral(
    R"({"status":"SUCCESS","data":{"addonTag":"harness/ci-addon:1.16.92","gitCloneTag":"harness/drone-git:1.6.9-rootless"},)"
    R"("metaData":null,"correlationId":"c0ffee00-1111-2222-3333-444455556666"})");

const QByteArray kFailure = QByteArrayLiteral(
    R"({"status":"FAILURE","code":"INVALID_REQUEST","message":"field: must not be null","correlationId":"corr-400",)"
    R"("errors":[{"fieldId":"field","error":"must not be null"},{"fieldId":"value","error":"too long"}]})");

const QByteArray kInvalidToken = QByteArrayLiteral(
    R"({"status":"ERROR","code":"INVALID_TOKEN","message":"Token is not valid.","correlationId":"corr-401",)"
    R"("detailedMessage":null,"responseMessages":[{"code":"INVALID_TOKEN","level":"ERROR","message":"Token is not valid.",)"
    R"("exception":null,"failureTypes":[]},{"code":"EXPIRED_TOKEN","level":"ERROR","message":"Token expired",)"
    R"("exception":null,"failureTypes":[]}],"metadata":null})");

const QByteArray kHtml = QByteArrayLiteral(
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>\n");

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success();
    void successWithTrueAndNull();
    void failureWithFieldErrors();
    void errorWithResponseMessages();
    void messageFromResponseMessages();
    void unknownError();
    void badAnswers_data();
    void badAnswers();
    void bareErrorObjectKeepsWhatItSays();
    void wrongTypesInsideErrorsAreSkipped();
    void everyPrefixIsSafe();
    void huge();
    void imageMap();
    void valuesThatAreNotTextNeverFailTheAnswer();
    void imageMapRejects_data();
    void imageMapRejects();
    void messagesForPeople();
    void retryAfter_data();
    void retryAfter();
    void backoff();
};

void TestEnvelope::success()
{
    const DecodedAnswer answer = decodeAnswer(200, kSuccess);
    QVERIFY(!answer.error.isError());
    QCOMPARE(answer.correlationId, QStringLiteral("c0ffee00-1111-2222-3333-444455556666"));
    QVERIFY(answer.data.isObject());
    QMap<QString, QString> images;
    QString whyNot;
    QVERIFY(decodeImageMap(answer.data, &images, &whyNot));
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.value(QStringLiteral("gitCloneTag")), QStringLiteral("harness/drone-git:1.6.9-rootless"));
}

void TestEnvelope::successWithTrueAndNull()
{
    DecodedAnswer answer = decodeAnswer(200, R"({"status":"SUCCESS","data":true,"correlationId":"x"})");
    QVERIFY(!answer.error.isError());
    QCOMPARE(answer.data, QJsonValue(true));

    answer = decodeAnswer(200, R"({"status":"SUCCESS","data":null})");
    QVERIFY(!answer.error.isError());
    QVERIFY(answer.data.isNull());
    QVERIFY(answer.correlationId.isEmpty());
}

void TestEnvelope::failureWithFieldErrors()
{
    const DecodedAnswer answer = decodeAnswer(400, kFailure);
    const ApiError &error = answer.error;
    QCOMPARE(error.kind, Kind::Api);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, QStringLiteral("INVALID_REQUEST"));
    QCOMPARE(error.serverMessage, QStringLiteral("field: must not be null"));
    QCOMPARE(error.correlationId, QStringLiteral("corr-400"));
    QCOMPARE(answer.correlationId, QStringLiteral("corr-400"));
    QCOMPARE(error.fieldErrors.size(), 2);
    QCOMPARE(error.fieldErrors.at(0).field, QStringLiteral("field"));
    QCOMPARE(error.fieldErrors.at(0).message, QStringLiteral("must not be null"));
    QCOMPARE(error.fieldErrors.at(1).field, QStringLiteral("value"));
}

void TestEnvelope::errorWithResponseMessages()
{
    const ApiError error = decodeAnswer(401, kInvalidToken).error;
    QCOMPARE(error.kind, Kind::Api);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.code, QStringLiteral("INVALID_TOKEN"));
    QCOMPARE(error.serverMessage, QStringLiteral("Token is not valid."));
    QCOMPARE(error.correlationId, QStringLiteral("corr-401"));
    // The repeated message is not repeated; the other one goes to the details.
    QCOMPARE(error.detail, QStringLiteral("EXPIRED_TOKEN: Token expired"));
}

void TestEnvelope::messageFromResponseMessages()
{
    const ApiError error = decodeAnswer(403,
        R"({"status":"ERROR","correlationId":"c","responseMessages":[{"code":"NG_ACCESS_DENIED","message":"Missing permission core_setting_edit"}]})")
                               .error;
    QCOMPARE(error.kind, Kind::Api);
    QCOMPARE(error.code, QStringLiteral("NG_ACCESS_DENIED"));
    QCOMPARE(error.serverMessage, QStringLiteral("Missing permission core_setting_edit"));
}

void TestEnvelope::unknownError()
{
    const ApiError error = decodeAnswer(500,
        R"({"status":"ERROR","code":"UNKNOWN_ERROR","message":"Oops, something went wrong on our end. Please contact Harness Support.","correlationId":"c500"})")
                               .error;
    QCOMPARE(error.kind, Kind::Api);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.code, QStringLiteral("UNKNOWN_ERROR"));
    QVERIFY(error.userMessage().contains(QLatin1String("c500")));
}

void TestEnvelope::badAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("html 502") << 502 << kHtml << Kind::Http;
    QTest::newRow("html 200") << 200 << kHtml << Kind::NotJson;
    QTest::newRow("html 404") << 404 << QByteArrayLiteral("  <html>not found</html>") << Kind::Http;
    QTest::newRow("plain text") << 200 << QByteArrayLiteral("OK") << Kind::NotJson;
    QTest::newRow("plain text 500") << 500 << QByteArrayLiteral("Internal Server Error") << Kind::Http;
    QTest::newRow("empty") << 200 << QByteArray() << Kind::Empty;
    QTest::newRow("whitespace") << 200 << QByteArrayLiteral(" \r\n\t") << Kind::Empty;
    QTest::newRow("empty 503") << 503 << QByteArray() << Kind::Http;
    QTest::newRow("truncated") << 200 << kSuccess.left(kSuccess.size() / 2) << Kind::NotJson;
    QTest::newRow("trailing garbage") << 200 << QByteArray(kSuccess + "}") << Kind::NotJson;
    QTest::newRow("binary") << 200 << QByteArray("\x00\xff\xfe{", 4) << Kind::NotJson;
    QTest::newRow("array") << 200 << QByteArrayLiteral("[1,2,3]") << Kind::BadShape;
    QTest::newRow("status missing") << 200 << QByteArrayLiteral(R"({"data":{}})") << Kind::BadShape;
    QTest::newRow("status number") << 200 << QByteArrayLiteral(R"({"status":1,"data":{}})") << Kind::BadShape;
    QTest::newRow("status null") << 200 << QByteArrayLiteral(R"({"status":null,"data":{}})") << Kind::BadShape;
    QTest::newRow("status unknown") << 200 << QByteArrayLiteral(R"({"status":"PENDING","data":{}})") << Kind::BadShape;
    QTest::newRow("status lower case") << 200 << QByteArrayLiteral(R"({"status":"success","data":{}})")
                                       << Kind::BadShape;
    QTest::newRow("no data") << 200 << QByteArrayLiteral(R"({"status":"SUCCESS"})") << Kind::BadShape;
    QTest::newRow("success with 500") << 500 << kSuccess << Kind::BadShape;
    QTest::newRow("json array 500") << 500 << QByteArrayLiteral("[]") << Kind::Http;
    QTest::newRow("failure with 200") << 200 << kFailure << Kind::Api;
}

void TestEnvelope::badAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const DecodedAnswer answer = decodeAnswer(status, body);
    QCOMPARE(answer.error.kind, kind);
    QCOMPARE(answer.error.httpStatus, status);
    QVERIFY(!answer.error.userMessage().isEmpty());
    QVERIFY(!answer.error.technicalDetails().isEmpty());
}

void TestEnvelope::bareErrorObjectKeepsWhatItSays()
{
    const ApiError error
        = decodeAnswer(429, R"({"code":"TOO_MANY_REQUESTS","message":"slow down","correlationId":"r"})").error;
    QCOMPARE(error.kind, Kind::Http);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.code, QStringLiteral("TOO_MANY_REQUESTS"));
    QCOMPARE(error.serverMessage, QStringLiteral("slow down"));
    QCOMPARE(error.correlationId, QStringLiteral("r"));
}

void TestEnvelope::wrongTypesInsideErrorsAreSkipped()
{
    const ApiError error = decodeAnswer(400,
        R"({"status":"FAILURE","code":7,"message":["x"],"correlationId":{},"errors":[1,null,"s",{"fieldId":3,"error":"bad"},{}],"responseMessages":{"a":1}})")
                               .error;
    QCOMPARE(error.kind, Kind::Api);
    QVERIFY(error.code.isEmpty());
    QVERIFY(error.serverMessage.isEmpty());
    QVERIFY(error.correlationId.isEmpty());
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.at(0).message, QStringLiteral("bad"));
    QVERIFY(!error.userMessage().isEmpty());
}

void TestEnvelope::everyPrefixIsSafe()
{
    // A cheap fuzz: every cut of the real answers decodes to an error, never a crash or a half success.
    for (const QByteArray &whole : { kSuccess, kFailure, kInvalidToken }) {
        for (qsizetype length = 0; length < whole.size(); ++length) {
            const DecodedAnswer answer = decodeAnswer(200, whole.left(length));
            QVERIFY2(answer.error.isError(), whole.left(length).constData());
        }
    }
}

void TestEnvelope::huge()
{
    QByteArray body = QByteArrayLiteral(R"({"status":"SUCCESS","data":{"a":")");
    body.append(QByteArray(kMaxAnswerBytes, 'x'));
    body.append(QByteArrayLiteral(R"("}})"));
    const DecodedAnswer answer = decodeAnswer(200, body);
    QCOMPARE(answer.error.kind, Kind::TooLarge);
    QVERIFY(answer.data.isUndefined() || answer.data.isNull());
}

void TestEnvelope::imageMap()
{
    QMap<QString, QString> images { { QStringLiteral("stale"), QStringLiteral("x") } };
    QString whyNot;
    QVERIFY(decodeImageMap(QJsonValue(QJsonValue::Null), &images, &whyNot));
    QVERIFY(images.isEmpty());

    const QJsonObject object { { QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.92") },
        { QStringLiteral("cacheTag"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("newStepTag"), QStringLiteral("harness/new:1.0") } };
    QVERIFY(decodeImageMap(object, &images, &whyNot));
    QCOMPARE(images.size(), 2); // the null is skipped, the unknown key kept
    QCOMPARE(images.value(QStringLiteral("newStepTag")), QStringLiteral("harness/new:1.0"));
    QVERIFY(!images.contains(QStringLiteral("cacheTag")));

    QVERIFY(decodeImageMap(QJsonObject(), &images, nullptr));
    QVERIFY(images.isEmpty());
}

void TestEnvelope::valuesThatAreNotTextNeverFailTheAnswer()
{
    // A newer server: one boolean (and friends) among the images.
    const QByteArray body = R"({"status":"SUCCESS","correlationId":"c1","data":{
        "addonTag":"harness/ci-addon:1.16.92","useRootless":true,"maxSteps":12,
        "limits":{"cpu":"<b>2</b>"},"tags":["a","b"],"gone":null}})";
    const DecodedAnswer answer = decodeAnswer(200, body);
    QVERIFY(!answer.error.isError());
    QMap<QString, QString> images;
    QMap<QString, QString> others;
    QString whyNot;
    QVERIFY(decodeImageMap(answer.data, &images, &whyNot, &others));
    QCOMPARE(images, (QMap<QString, QString> { { QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.92") } }));
    QCOMPARE(others.value(QStringLiteral("useRootless")), QStringLiteral("true"));
    QCOMPARE(others.value(QStringLiteral("maxSteps")), QStringLiteral("12"));
    QCOMPARE(others.value(QStringLiteral("limits")), QStringLiteral(R"({"cpu":"<b>2</b>"})"));
    QCOMPARE(others.value(QStringLiteral("tags")), QStringLiteral(R"(["a","b"])"));
    QCOMPARE(others.size(), 4); // the null is no value at all
    // Callers that ask for images only get them, and no failure.
    QVERIFY(decodeImageMap(answer.data, &images, &whyNot));
    QCOMPARE(images.size(), 1);
}

void TestEnvelope::imageMapRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array of numbers") << QByteArrayLiteral("[1,2,3]");
    QTest::newRow("string") << QByteArrayLiteral(R"("harness/ci-addon:1")");
    QTest::newRow("true") << QByteArrayLiteral("true");
}

void TestEnvelope::imageMapRejects()
{
    QFETCH(QByteArray, json);
    const QJsonValue data = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    QMap<QString, QString> images { { QStringLiteral("kept"), QStringLiteral("x") } };
    QString whyNot;
    QVERIFY(!decodeImageMap(data, &images, &whyNot));
    QVERIFY(!whyNot.isEmpty());
    QCOMPARE(images.size(), 1); // untouched on failure
    QVERIFY(!decodeImageMap(QJsonValue(QJsonValue::Undefined), &images, nullptr));
}

void TestEnvelope::messagesForPeople()
{
    const QList<Kind> kinds { Kind::InvalidRequest, Kind::Network, Kind::Timeout, Kind::Tls, Kind::Http, Kind::Api,
        Kind::RateLimited, Kind::NotJson, Kind::BadShape, Kind::Empty, Kind::TooLarge, Kind::Redirected,
        Kind::Cancelled, Kind::NotConfirmed };
    for (Kind kind : kinds) {
        ApiError error;
        error.kind = kind;
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY(!apiErrorKindName(kind).isEmpty());
    }
    QVERIFY(ApiError().userMessage().isEmpty());

    const ApiError invalid = decodeAnswer(400, kFailure).error;
    QVERIFY(invalid.userMessage().contains(QLatin1String("must not be null")));
    const QString details = invalid.technicalDetails();
    QVERIFY(details.contains(QLatin1String("400")));
    QVERIFY(details.contains(QLatin1String("INVALID_REQUEST")));
    QVERIFY(details.contains(QLatin1String("corr-400")));
    QVERIFY(details.contains(QLatin1String("too long")));

    const ApiError token = decodeAnswer(401, kInvalidToken).error;
    QVERIFY(token.userMessage().contains(QLatin1String("API key")));
    QVERIFY(token.technicalDetails().contains(QLatin1String("EXPIRED_TOKEN: Token expired")));

    ApiError denied;
    denied.kind = Kind::Api;
    denied.httpStatus = 403;
    denied.code = QStringLiteral("NG_ACCESS_DENIED");
    QVERIFY(denied.userMessage().contains(QLatin1String("permission")));
}

void TestEnvelope::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: none
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArrayLiteral("3") << qint64(3000);
    QTest::newRow("zero") << QByteArrayLiteral(" 0 ") << qint64(0);
    QTest::newRow("negative") << QByteArrayLiteral("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArrayLiteral("soon") << qint64(-1);
    QTest::newRow("http-date") << QByteArrayLiteral("Wed, 21 Oct 2015 07:28:10 GMT") << qint64(10000);
    QTest::newRow("http-date past") << QByteArrayLiteral("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
    QTest::newRow("asctime") << QByteArrayLiteral("Wed Oct 21 07:28:05 2015") << qint64(5000);
    QTest::newRow("huge") << QByteArrayLiteral("99999999999") << qint64(86400000);
}

void TestEnvelope::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    const auto delay = parseRetryAfter(header, now);
    if (expectedMs < 0) {
        QVERIFY(!delay);
    } else {
        QVERIFY(delay);
        QCOMPARE(qint64(delay->count()), expectedMs);
    }
}

void TestEnvelope::backoff()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const qint64 base = std::min<qint64>(qint64(500) << (attempt - 1), 30000);
            const qint64 delay = backoffDelay(attempt, 500ms, 30000ms, random).count();
            QVERIFY2(delay >= base / 2 && delay <= base, qPrintable(QString::number(delay)));
        }
    }
    QCOMPARE(backoffDelay(3, 0ms, 1000ms, random).count(), 0);
    QVERIFY(backoffDelay(1000, 1ms, 50ms, random).count() <= 50);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
