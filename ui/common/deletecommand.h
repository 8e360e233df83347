#pragma once

#include "store/storeerror.h"

#include <QUndoCommand>
#include <functional>

namespace loopline {

// Deletes a record on redo and puts its snapshot back on undo. The snapshot is
// taken by the caller before the command is pushed; done() tells the window to
// refresh its lists after either direction.
class DeleteCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;
    DeleteCommand(const QString &text, Action remove, Action restore, Action done)
        : QUndoCommand(text)
        , m_remove(std::move(remove))
        , m_restore(std::move(restore))
        , m_done(std::move(done))
    {
    }
    void redo() override { run(m_remove); }
    void undo() override { run(m_restore); }
    QString lastError() const { return m_error; }

private:
    void run(const Action &action)
    {
        m_error.clear();
        try {
            action();
        } catch (const StoreError &error) {
            m_error = error.message();
            setObsolete(true);
        }
        if (m_done)
            m_done();
    }
    Action m_remove;
    Action m_restore;
    Action m_done;
    QString m_error;
};

} // namespace loopline
