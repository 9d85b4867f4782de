#include "otherscope.h"

#include "accountsession.h"
#include "profileopener.h"

#include "core/configdocument.h"
#include "core/fieldcatalog.h"
#include "harness/harnessclient.h"

namespace hci {

OtherScope::OtherScope(QObject *parent)
    : QObject(parent)
    , m_client(new HarnessClient(this))
    , m_document(new ConfigDocument(this))
    , m_session(new AccountSession(m_client, m_document, this))
{
    connect(m_session, &AccountSession::loaded, this, &OtherScope::loaded);
    connect(m_session, &AccountSession::loadFailed, this,
            [this](const ApiError &error) { Q_EMIT failed(error.userMessage()); });
}

OtherScope::~OtherScope() = default;

bool OtherScope::isLoaded() const
{
    return m_document->hasSnapshot();
}

void OtherScope::openProfile(ProfileOpener *opener, const QString &profileId, Module module, Infra infra)
{
    opener->open(profileId, this, [this, module, infra](const ProfileOpening &opening) {
        m_name = opening.profile.name;
        m_production = opening.profile.isProduction;
        switch (opening.status) {
        case ProfileOpening::Status::Opened:
            openConnection(opening.connection, opening.profile.name, opening.profile.isProduction, module, infra);
            return;
        case ProfileOpening::Status::NoSuchProfile:
            Q_EMIT failed(tr("That profile no longer exists."));
            return;
        case ProfileOpening::Status::Invalid:
            Q_EMIT failed(tr("Cannot open “%1”: %2").arg(opening.profile.name, opening.problem));
            return;
        case ProfileOpening::Status::KeyUnavailable:
            Q_EMIT failed(tr("Cannot open “%1”. %2").arg(opening.profile.name, opening.keyResult.message));
            return;
        }
    });
}

void OtherScope::openConnection(const Connection &connection, const QString &name, bool production, Module module,
                                Infra infra)
{
    m_name = name;
    m_production = production;
    QString whyNot;
    if (!m_client->setConnection(connection, &whyNot)) {
        Q_EMIT failed(whyNot);
        return;
    }
    m_session->setScope(module, infra);
    m_session->load();
}

CopyOutcome copyOverrides(const ConfigSnapshot &source, ConfigDocument &target, const QStringList &fields)
{
    CopyOutcome outcome;
    const QStringList listed = target.snapshot().fields();
    UndoStack *undo = target.undoStack();
    undo->beginMacro(OtherScope::tr("Copy %n field(s)", nullptr, int(fields.size())));
    for (const QString &field : fields) {
        if (!listed.contains(field)) {
            outcome.notListed.append(field);
            continue;
        }
        const FieldComparison from = source.compare(field);
        if (from.readOnly || target.snapshot().isReadOnly(field)) {
            outcome.refused.append(OtherScope::tr("%1 is read-only: the server sent a value this app does not edit.")
                                       .arg(FieldCatalog::info(field).label));
            continue;
        }
        if (from.overridden) {
            QString whyNot;
            if (!target.setOverride(field, from.overrideValue, &whyNot)) {
                outcome.refused.append(QStringLiteral("%1: %2").arg(FieldCatalog::info(field).label, whyNot));
                continue;
            }
        } else {
            target.resetField(field);
        }
        outcome.queued.append(field);
    }
    undo->endMacro();
    return outcome;
}

} // namespace hci
