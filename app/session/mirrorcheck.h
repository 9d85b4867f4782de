#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace hci {

class RegistryClient;
class RegistryReply;

// Whether the mirror already holds an image: asked of the registry with a manifest HEAD.
struct MirrorPresence
{
    enum class State { Checking, Exists, Missing, Unknown };

    State state = State::Checking;
    QString reason; // translated, for Unknown: why the registry could not tell

    // For a column: "exists", "missing", "could not check: ...".
    QString text() const;
};

// Checks a set of target images in the mirror, all at once, through the registry client. Each
// answer comes as checked(); finished() follows the last. Nothing waits.
class MirrorCheck : public QObject
{
    Q_OBJECT

public:
    explicit MirrorCheck(RegistryClient *client, QObject *parent = nullptr);
    ~MirrorCheck() override;

    // Starts over with these images; answers of an earlier start are dropped.
    void start(const QStringList &targets);
    void cancel();

    bool isFinished() const { return m_pending.isEmpty(); }
    MirrorPresence presence(const QString &target) const { return m_results.value(target); }
    const QHash<QString, MirrorPresence> &results() const { return m_results; }
    int missingCount() const;

Q_SIGNALS:
    void checked(const QString &target, const hci::MirrorPresence &presence);
    void finished();

private:
    void answered(RegistryReply *reply, const QString &target);

    RegistryClient *m_client;
    QHash<QString, MirrorPresence> m_results;
    QHash<RegistryReply *, QString> m_pending;
};

} // namespace hci
