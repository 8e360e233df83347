#pragma once

#include "leads/questionnaire.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace loopline {

// Fills in one questionnaire version: a widget per field (text, number, money, date,
// yes/no, one choice, several choices), required ones marked, help text as tool tip
// and under the field, fast from the keyboard (Tab order follows the fields).
class QuestionnaireForm : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireForm(QWidget *parent = nullptr);

    // Builds the widgets for these fields (clears the answers).
    void setFields(const QList<QuestionField> &fields);
    const QList<QuestionField> &fields() const { return m_fields; }
    void setAnswers(const QVariantMap &answers);
    // The answered fields only, in the types Questionnaire::validate() expects.
    QVariantMap answers() const;
    // Marks the fields named by the errors (FieldError::field = field key) and shows the messages.
    void showErrors(const FieldErrors &errors);
    void clearErrors();
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }

Q_SIGNALS:
    // The user changed an answer.
    void edited();

private:
    void addRow(QFormLayout *form, const QuestionField &field, QString &usedMnemonics);
    // The widget the answer is typed into (registered as fieldWidget) and, under its
    // label, the row's field part (the same widget, or a row holding it).
    QWidget *createInput(const QuestionField &field, QWidget *parent);
    QWidget *createDateInput(const QuestionField &field, QWidget *parent);
    void watch(QWidget *input);
    void setTabOrderOfFields();
    void setAnswer(const QuestionField &field, const QVariant &value);
    QVariant answer(const QuestionField &field) const;
    void userEdited();

    QList<QuestionField> m_fields;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QCheckBox *> m_dateKnown; // Date fields: ticked when a date is given
    QVBoxLayout *m_layout;
    QLabel *m_errors;
    QWidget *m_body = nullptr;
    bool m_filling = false; // setFields/setAnswers at work: no edited()
};

} // namespace loopline
