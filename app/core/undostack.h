#pragma once

#include "pendingchange.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace hci {

// The undo history of a queue of pending changes. Each step names what it did and holds, per field,
// the queued change before and after; undoing a step puts every "before" back, in reverse order.
// Steps pushed between beginMacro() and endMacro() become one step. Written for the core so that
// front ends without Qt Gui (the command-line tool) share the document with the window.
class UndoStack : public QObject
{
    Q_OBJECT

public:
    struct Edit
    {
        QString field;
        std::optional<PendingChange> before;
        std::optional<PendingChange> after;
    };
    // Puts a field's queued change into the document (nullopt: nothing queued for it).
    using Store = std::function<void(const QString &field, const std::optional<PendingChange> &change)>;

    explicit UndoStack(Store store, QObject *parent = nullptr);
    ~UndoStack() override;

    // Stores the edit and records it: as a step of its own, or into the open macro.
    void push(const Edit &edit, const QString &text);
    void beginMacro(const QString &text);
    void endMacro();
    bool isInMacro() const { return m_macroDepth > 0; }

    int count() const { return int(m_steps.size()); }
    int index() const { return m_index; } // steps before it are done, from it on undone
    QString text(int step) const;

    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;

    // Clean: the state marked by setClean(), e.g. what was last saved or applied.
    bool isClean() const { return m_cleanIndex == m_index; }
    void setClean();
    // Forgets every step without touching the queue itself; the empty history is clean.
    void clear();

public Q_SLOTS:
    void undo();
    void redo();

Q_SIGNALS:
    void indexChanged(int index);
    void cleanChanged(bool clean);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &text);
    void redoTextChanged(const QString &text);

private:
    struct Step
    {
        QString text;
        QList<Edit> edits;
    };
    struct Observed
    {
        int index;
        bool clean, canUndo, canRedo;
        QString undoText, redoText;
    };
    Observed observe() const;
    void announce(const Observed &before);

    Store m_store;
    QList<Step> m_steps;
    int m_index = 0;
    int m_cleanIndex = 0; // -1 when the clean state can no longer be reached
    int m_macroDepth = 0;
    Step m_macro;
};

} // namespace hci
