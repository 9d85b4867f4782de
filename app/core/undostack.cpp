#include "undostack.h"

#include <utility>

namespace hci {

UndoStack::UndoStack(Store store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

UndoStack::~UndoStack() = default;

void UndoStack::push(const Edit &edit, const QString &text)
{
    m_store(edit.field, edit.after);
    if (m_macroDepth > 0) {
        m_macro.edits.append(edit);
        return;
    }
    const Observed before = observe();
    if (m_cleanIndex > m_index)
        m_cleanIndex = -1; // the clean state was undone and is now overwritten
    m_steps.erase(m_steps.begin() + m_index, m_steps.end());
    m_steps.append(Step{text, {edit}});
    m_index = int(m_steps.size());
    announce(before);
}

void UndoStack::beginMacro(const QString &text)
{
    if (m_macroDepth++ == 0)
        m_macro = Step{text, {}};
}

void UndoStack::endMacro()
{
    Q_ASSERT(m_macroDepth > 0);
    if (m_macroDepth == 0 || --m_macroDepth > 0)
        return;
    Step macro = std::exchange(m_macro, Step{});
    if (macro.edits.isEmpty())
        return; // nothing changed: no step to undo
    const Observed before = observe();
    if (m_cleanIndex > m_index)
        m_cleanIndex = -1;
    m_steps.erase(m_steps.begin() + m_index, m_steps.end());
    m_steps.append(std::move(macro));
    m_index = int(m_steps.size());
    announce(before);
}

QString UndoStack::text(int step) const
{
    return step >= 0 && step < count() ? m_steps.at(step).text : QString();
}

bool UndoStack::canUndo() const
{
    return m_macroDepth == 0 && m_index > 0;
}

bool UndoStack::canRedo() const
{
    return m_macroDepth == 0 && m_index < count();
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_steps.at(m_index - 1).text : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_steps.at(m_index).text : QString();
}

void UndoStack::setClean()
{
    if (m_macroDepth > 0)
        return;
    const Observed before = observe();
    m_cleanIndex = m_index;
    announce(before);
}

void UndoStack::clear()
{
    if (m_macroDepth > 0)
        return;
    const Observed before = observe();
    m_steps.clear();
    m_index = 0;
    m_cleanIndex = 0;
    announce(before);
}

void UndoStack::undo()
{
    if (!canUndo())
        return;
    const Observed before = observe();
    const Step &step = m_steps.at(--m_index);
    for (auto it = step.edits.crbegin(); it != step.edits.crend(); ++it)
        m_store(it->field, it->before);
    announce(before);
}

void UndoStack::redo()
{
    if (!canRedo())
        return;
    const Observed before = observe();
    const Step &step = m_steps.at(m_index++);
    for (const Edit &edit : step.edits)
        m_store(edit.field, edit.after);
    announce(before);
}

UndoStack::Observed UndoStack::observe() const
{
    return Observed{m_index, isClean(), canUndo(), canRedo(), undoText(), redoText()};
}

void UndoStack::announce(const Observed &before)
{
    const Observed now = observe();
    if (now.index != before.index)
        Q_EMIT indexChanged(now.index);
    if (now.clean != before.clean)
        Q_EMIT cleanChanged(now.clean);
    if (now.canUndo != before.canUndo)
        Q_EMIT canUndoChanged(now.canUndo);
    if (now.undoText != before.undoText)
        Q_EMIT undoTextChanged(now.undoText);
    if (now.canRedo != before.canRedo)
        Q_EMIT canRedoChanged(now.canRedo);
    if (now.redoText != before.redoText)
        Q_EMIT redoTextChanged(now.redoText);
}

} // namespace hci
