#pragma once

#include "store/database.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace loopline {

struct BoardColumn;

// Pipelines, their stages in order and each stage's follow-up tasks. Every change is
// written at once through PipelineStore, each in its own transaction; what the store
// refuses (say, removing a stage deals have been in) is shown in a banner. `changed()`
// follows every change that was written, so the window can refresh its board.
class PipelineSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum StageColumn { StageNameColumn, ProbabilityColumn, OpenDealsColumn, StageColumnCount };
    enum TaskColumn { TaskTitleColumn, TaskDueColumn, TaskColumnCount };

    explicit PipelineSettingsDialog(Database &db, QWidget *parent = nullptr);

    QString currentPipelineId() const;
    void selectPipeline(const QString &id);
    // The stage of the current row, or empty.
    QString currentStageId() const;
    void selectStage(const QString &id);
    // The row showing the stage, or -1.
    int stageRow(const QString &id) const;

    QLabel *problemBanner() const { return m_banner; }
    QComboBox *pipelineCombo() const { return m_pipeline; }
    QPushButton *renamePipelineButton() const { return m_renamePipeline; }
    QPushButton *newPipelineButton() const { return m_newPipeline; }
    QTableWidget *stageTable() const { return m_stages; }
    QPushButton *renameStageButton() const { return m_renameStage; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }
    QPushButton *removeStageButton() const { return m_removeStage; }
    QLineEdit *newStageEdit() const { return m_newStage; }
    QSpinBox *newStageProbabilitySpinBox() const { return m_newProbability; }
    QPushButton *addStageButton() const { return m_addStage; }
    QGroupBox *taskBox() const { return m_taskBox; }
    QTableWidget *taskTable() const { return m_tasks; }
    QLineEdit *newTaskEdit() const { return m_newTask; }
    QSpinBox *taskDueSpinBox() const { return m_dueDays; }
    QPushButton *addTaskButton() const { return m_addTask; }
    QPushButton *removeTaskButton() const { return m_removeTask; }

    void done(int result) override;

Q_SIGNALS:
    void changed();

private:
    QLayout *buildPipelineRow();
    QGroupBox *buildStageBox();
    QLayout *buildNewStageRow(QWidget *parent);
    QGroupBox *buildTaskBox();
    QLayout *buildNewTaskRow(QWidget *parent);

    void reloadPipelines(const QString &select);
    void reloadStages(const QString &select);
    QHash<QString, qint64> closedDeals() const;
    void addStageRow(const BoardColumn &column, qint64 closed);
    void reloadTasks();
    void updateButtons();

    void renamePipeline();
    void newPipeline();
    void addStage();
    void renameStage();
    void stageEdited(QTableWidgetItem *item);
    void moveStage(int delta);
    void removeStage();
    void addTask();
    void removeTask();

    // Runs one store call; true when it was written (changed() emitted), false when the
    // store refused it (the reason shown in the banner).
    bool apply(const std::function<void()> &change);
    void showProblem(const QString &message);
    void clearProblem();

    Database &m_db;
    QLabel *m_banner;
    QDialogButtonBox *m_buttons;
    bool m_loading = false;
    QHash<QString, QString> m_shownNames; // stage id → the name the table shows

    QComboBox *m_pipeline = nullptr;
    QPushButton *m_renamePipeline = nullptr;
    QPushButton *m_newPipeline = nullptr;

    QTableWidget *m_stages = nullptr;
    QPushButton *m_renameStage = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_removeStage = nullptr;
    QLineEdit *m_newStage = nullptr;
    QSpinBox *m_newProbability = nullptr;
    QPushButton *m_addStage = nullptr;

    QGroupBox *m_taskBox = nullptr;
    QTableWidget *m_tasks = nullptr;
    QLineEdit *m_newTask = nullptr;
    QSpinBox *m_dueDays = nullptr;
    QPushButton *m_addTask = nullptr;
    QPushButton *m_removeTask = nullptr;
};

// Asks for a new pipeline's name and its first stages, one per line.
class NewPipelineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPipelineDialog(QWidget *parent = nullptr);

    QString name() const;
    // The non-empty lines, trimmed.
    QStringList stageNames() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *stagesEdit() const { return m_stages; }
    QPushButton *okButton() const;

private:
    void updateOk();

    QLineEdit *m_name;
    QPlainTextEdit *m_stages;
    QDialogButtonBox *m_buttons;
};

} // namespace loopline
