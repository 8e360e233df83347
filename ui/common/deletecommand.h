#pragma once

#include "store/storeerror.h"

#include <QUndoCommand>
#include <functional>

namespace loopline {

// Deletes a record on redo and puts its snapshot back on undo. The snapshot is
// taken by the caller before the command is pushed; the window refreshes its lists
// when the undo stack's index changes. A step the database refuses is reported
// through onError and makes the command obsolete.
class DeleteCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;
    using ErrorHandler = std::function<void(const QString &message)>;
    DeleteCommand(const QString &text, Action remove, Action restore, ErrorHandler onError)
        : QUndoCommand(text)
        , m_remove(std::move(remove))
        , m_restore(std::move(restore))
        , m_onError(std::move(onError))
    {
    }
    void redo() override { run(m_remove); }
    void undo() override { run(m_restore); }

private:
    void run(const Action &action)
    {
        try {
            action();
        } catch (const StoreError &error) {
            setObsolete(true);
            if (m_onError)
                m_onError(error.message());
        }
    }
    Action m_remove;
    Action m_restore;
    ErrorHandler m_onError;
};

} // namespace loopline
