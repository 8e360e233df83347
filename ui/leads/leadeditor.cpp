#include "leadeditor.h"

#include "common/banner.h"
#include "common/deletecommand.h"
#include "common/timelinewidget.h"
#include "leaddialogs.h"
#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "leads/workinghours.h"
#include "questionnaireform.h"
#include "records/money.h"
#include "segments/segmentcombo.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QString minutesText(qint64 ms)
{
    const qint64 minutes = (std::abs(ms) + 59'999) / 60'000;
    if (minutes < 120)
        return LeadEditor::tr("%n min", nullptr, int(minutes));
    return LeadEditor::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString markBadges(const Lead &lead)
{
    QStringList marks;
    if (lead.mqlAt.isValid())
        marks << u"MQL"_s;
    if (lead.sqlAt.isValid())
        marks << u"SQL"_s;
    if (lead.salAt.isValid())
        marks << u"SAL"_s;
    return marks.join(u" · "_s);
}

} // namespace

LeadEditor::LeadEditor(Database &db, QWidget *parent)
    : RecordEditor(db, u"lead"_s, parent)
    , m_tabs(new QTabWidget(this))
    , m_state(new QLabel(this))
    , m_move(new QToolButton(this))
    , m_convert(new QPushButton(tr("Con&vert…"), this))
    , m_firstName(new QLineEdit)
    , m_lastName(new QLineEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_jobTitle(new QLineEdit)
    , m_company(new QLineEdit)
    , m_source(new QComboBox)
    , m_campaign(new QLineEdit)
    , m_interest(new QLineEdit)
    , m_territory(new QLineEdit)
    , m_segment(new SegmentComboBox(db))
    , m_owner(new QLineEdit)
    , m_rating(new QComboBox)
    , m_notes(new QPlainTextEdit)
    , m_template(new QComboBox)
    , m_questionnaire(new QuestionnaireForm)
    , m_score(new QLabel)
    , m_signals(new QListWidget)
    , m_signalKind(new QComboBox)
    , m_signalShare(new QSpinBox)
    , m_addSignal(new QPushButton(tr("&Add signal")))
    , m_history(new QTreeWidget)
{
    m_state->setObjectName(u"leadState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    connect(m_state, &QLabel::linkActivated, this,
        [this](const QString &link) { Q_EMIT openRecord(link.section(u':', 0, 0), link.section(u':', 1)); });
    m_move->setText(tr("&Move to"));
    m_move->setObjectName(u"moveLead"_s);
    m_move->setPopupMode(QToolButton::InstantPopup);
    m_move->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_move->setMenu(new QMenu(m_move));
    m_convert->setObjectName(u"convertLead"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_state, 1);
    actions->addWidget(m_move, 0, Qt::AlignTop);
    actions->addWidget(m_convert, 0, Qt::AlignTop);
    mainLayout()->addLayout(actions);

    m_details = createDetailsTab();
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(createQualificationTab(), tr("&Qualification"));
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Move and comment")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setObjectName(u"leadHistory"_s);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_history, tr("&History"));
    mainLayout()->addWidget(m_tabs, 3);
    mainLayout()->addWidget(timeline(), 1);

    connect(m_convert, &QPushButton::clicked, this, [this] {
        if (!m_loaded.dealId.isEmpty())
            Q_EMIT openRecord(u"deal"_s, m_loaded.dealId);
        else if (m_loaded.status == LeadStatus::RoutedToPartner)
            reportPartnerDeal();
        else
            convert();
    });
    mapField(u"lastName"_s, m_lastName);
    mapField(u"email"_s, m_email);
    mapField(u"phone"_s, m_phone);
    mapField(u"source"_s, m_source);
    mapField(u"questionnaire"_s, m_questionnaire);
    clear();
}

QWidget *LeadEditor::createDetailsTab()
{
    auto *page = new QWidget;
    m_rating->addItem(tr("Automatic (from the score)"), QString());
    for (Temperature t : {Temperature::Hot, Temperature::Warm, Temperature::Cold})
        m_rating->addItem(LeadStore::temperatureDisplayName(t), temperatureKey(t));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_email->setObjectName(u"leadEmail"_s);
    m_source->setObjectName(u"leadSource"_s);
    m_lastName->setObjectName(u"leadLastName"_s);
    m_lastName->setAccessibleName(tr("Last name"));
    reloadSources();

    auto *names = new QHBoxLayout;
    names->addWidget(m_firstName);
    names->addWidget(m_lastName);
    m_firstName->setPlaceholderText(tr("First name"));
    m_lastName->setPlaceholderText(tr("Last name"));
    auto *form = new QFormLayout(page);
    auto *nameLabel = new QLabel(tr("&Name:"), page);
    nameLabel->setBuddy(m_firstName);
    form->addRow(nameLabel, names);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("C&ompany:"), m_company);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Ca&mpaign:"), m_campaign);
    form->addRow(tr("&Interested in:"), m_interest);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("&Rating:"), m_rating);
    form->addRow(tr("No&tes:"), m_notes);
    for (QWidget *field : {static_cast<QWidget *>(m_firstName), static_cast<QWidget *>(m_lastName),
             static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
             static_cast<QWidget *>(m_jobTitle), static_cast<QWidget *>(m_company),
             static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_campaign),
             static_cast<QWidget *>(m_interest), static_cast<QWidget *>(m_territory),
             static_cast<QWidget *>(m_segment), static_cast<QWidget *>(m_owner),
             static_cast<QWidget *>(m_rating), static_cast<QWidget *>(m_notes)})
        watch(field);
    return page;
}

QWidget *LeadEditor::createQualificationTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *templateRow = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("Q&uestionnaire:"), page);
    templateLabel->setBuddy(m_template);
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_template, 1);
    layout->addLayout(templateRow);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_questionnaire);
    layout->addWidget(scroll, 3);

    m_score->setObjectName(u"leadScore"_s);
    m_score->setWordWrap(true);
    m_score->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_score);

    auto *signalsLabel = new QLabel(tr("Behaviour signals:"), page);
    layout->addWidget(signalsLabel);
    m_signals->setMaximumHeight(90);
    m_signals->setObjectName(u"leadSignals"_s);
    layout->addWidget(m_signals, 1);
    for (SignalKind kind : allSignalKinds())
        m_signalKind->addItem(LeadScoring::signalKindName(kind), signalKindKey(kind));
    m_signalShare->setRange(1, 100);
    m_signalShare->setValue(100);
    m_signalShare->setSuffix(u" %"_s);
    m_signalShare->setToolTip(tr("How much of it: all of a demo counts more than part of it."));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_signalKind, 1);
    addRow->addWidget(m_signalShare);
    addRow->addWidget(m_addSignal);
    auto *removeSignal = new QPushButton(tr("Remo&ve"), page);
    addRow->addWidget(removeSignal);
    layout->addLayout(addRow);

    connect(m_template, &QComboBox::activated, this,
        [this] { chooseTemplate(m_template->currentData().toString()); });
    connect(m_questionnaire, &QuestionnaireForm::edited, this, [this] {
        m_answersModified = true;
        setModified(true);
    });
    connect(m_addSignal, &QPushButton::clicked, this, &LeadEditor::addSignal);
    connect(removeSignal, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_signals->currentItem();
        if (!item || currentId().isEmpty())
            return;
        try {
            LeadStore(db()).removeSignal(item->data(Qt::UserRole).toString());
            afterChange();
        } catch (const StoreError &error) {
            reportError(error.message());
        }
    });
    return page;
}

void LeadEditor::reloadSources()
{
    const QString current = m_source->currentData().toString();
    m_source->clear();
    for (const LeadSource &source : LeadStore(db()).sources())
        m_source->addItem(LeadStore::sourceDisplayName(source), source.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
}

void LeadEditor::setFormEnabled(bool enabled)
{
    m_tabs->setEnabled(enabled);
    m_move->setEnabled(enabled && !currentId().isEmpty());
    m_convert->setEnabled(enabled && !currentId().isEmpty());
    m_state->setVisible(enabled);
    if (!enabled)
        headerLabel()->setText(tr("Select a lead on the left, or press Ctrl+N to add one."));
}

void LeadEditor::chooseTemplate(const QString &versionOrTemplateId)
{
    QuestionnaireStore store(db());
    std::optional<QuestionnaireTemplate> chosen = store.version(versionOrTemplateId);
    if (!chosen)
        chosen = store.get(versionOrTemplateId);
    if (!chosen)
        chosen = store.forProduct(m_interest->text());
    if (!chosen)
        return;
    const QVariantMap kept = m_questionnaire->answers();
    m_shownFields = chosen->fields;
    m_shownVersionId = chosen->versionId;
    m_questionnaire->setFields(m_shownFields);
    m_questionnaire->setAnswers(kept);
    m_template->setCurrentIndex(std::max(0, m_template->findData(chosen->id)));
    const std::optional<QuestionnaireTemplate> current = store.get(chosen->id);
    m_template->setToolTip(current && current->version != chosen->version
            ? tr("Answered under version %1; the template is now at version %2.")
                  .arg(chosen->version)
                  .arg(current->version)
            : tr("Version %1").arg(chosen->version));
}

void LeadEditor::showState(const Lead &lead)
{
    QStringList lines;
    QString status = u"<b>%1</b>"_s.arg(LeadLifecycle::displayName(lead.status).toHtmlEscaped());
    if (const QString marks = markBadges(lead); !marks.isEmpty())
        status += u" &nbsp;<span style='color:%1'>%2</span>"_s.arg(tone::accent().name(), marks);
    if (lead.status == LeadStatus::Disqualified)
        status += u" — "_s + tr("reason: %1").arg(lead.disqualifyReason.toHtmlEscaped());
    else if (lead.status == LeadStatus::RoutedToPartner)
        status += u" — "_s
            + tr("%1, commission %2 %")
                  .arg(lead.partner.toHtmlEscaped(), QLocale().toString(lead.commissionBasisPoints / 100.0));
    if (lead.commissionMinor)
        status += u"<br>"_s
            + tr("Partner's deal %1; our commission <b>%2</b>")
                  .arg(formatMoney(lead.partnerDealMinor.value_or(0), lead.partnerCurrency),
                      formatMoney(*lead.commissionMinor, lead.partnerCurrency));
    else if (!LeadLifecycle::isEnd(lead.status))
        status += u" — "_s + LeadStore::handOffDisplayName(lead.handOff).toHtmlEscaped();
    if (!lead.owner.isEmpty())
        status += u", "_s + tr("owner %1").arg(lead.owner.toHtmlEscaped());
    lines << status;
    const auto alerting = [](QString html) { return html.replace(u"#c01c28"_s, tone::alert().name()); };

    const SlaPolicy sla = SlaPolicy::load(db());
    const QLocale locale;
    if (lead.firstResponseAt.isValid()) {
        const bool inTime = lead.firstResponseAt <= lead.slaDueAt;
        lines << (inTime ? tr("First response in %1, within the %2-minute SLA")
                         : alerting(tr("<span style='color:#c01c28'>First response in %1, after the "
                                       "%2-minute SLA</span>")))
                     .arg(minutesText(lead.firstResponseMs))
                     .arg(sla.minutes);
    } else if (lead.status == LeadStatus::New) {
        const qint64 left = sla.remainingMs(lead.slaDueAt.toMSecsSinceEpoch(), db().clock().nowMs());
        const QString due = locale.toString(lead.slaDueAt.toLocalTime(), QLocale::ShortFormat);
        lines << (left >= 0
                ? tr("First response due %1 (%2 left)").arg(due, minutesText(left))
                : alerting(tr("<span style='color:#c01c28'>SLA breached: first response was due %1, "
                              "%2 ago</span>"))
                      .arg(due, minutesText(left)));
    }
    QStringList links;
    if (!lead.contactId.isEmpty())
        if (const auto contact = ContactStore(db()).get(lead.contactId))
            links << tr("contact <a href=\"contact:%1\">%2</a>")
                         .arg(lead.contactId, contact->displayName().toHtmlEscaped());
    if (!lead.companyId.isEmpty())
        if (const auto company = CompanyStore(db()).get(lead.companyId))
            links << tr("company <a href=\"company:%1\">%2</a>")
                         .arg(lead.companyId, company->name.toHtmlEscaped());
    if (!lead.dealId.isEmpty())
        if (const auto deal = DealStore(db()).get(lead.dealId))
            links << tr("deal <a href=\"deal:%1\">%2</a>").arg(lead.dealId, deal->title.toHtmlEscaped());
    if (!links.isEmpty())
        lines << tr("Linked to %1").arg(links.join(u", "_s));
    lines << tr("Score %1: <b>%2</b>%3")
                 .arg(lead.score)
                 .arg(LeadStore::temperatureDisplayName(lead.temperature).toHtmlEscaped())
                 .arg(lead.rating ? tr(" (set by hand)") : QString());
    m_state->setText(lines.join(u"<br>"_s));

    QMenu *menu = m_move->menu();
    menu->clear();
    for (LeadStatus target : LeadLifecycle::allowedTargets(lead.status)) {
        QString text = LeadLifecycle::displayName(target);
        if (LeadLifecycle::isBackward(lead.status, target))
            text = tr("Back to %1").arg(text);
        QAction *action = menu->addAction(text);
        action->setData(LeadLifecycle::key(target));
        connect(action, &QAction::triggered, this, [this, target] { moveTo(target); });
    }
    m_move->setEnabled(!menu->isEmpty());
    m_move->setToolTip(menu->isEmpty() ? tr("The lead is closed.") : tr("Move the lead to another status"));

    if (lead.status == LeadStatus::RoutedToPartner) {
        m_convert->setText(tr("Partner's &deal…"));
        m_convert->setEnabled(true);
        m_convert->setToolTip(tr("Record the amount of the partner's deal; the commission follows"));
    } else if (!lead.dealId.isEmpty()) {
        m_convert->setText(tr("Open &deal"));
        m_convert->setEnabled(true);
        m_convert->setToolTip(tr("Show the deal this lead was converted to"));
    } else {
        m_convert->setText(tr("Con&vert…"));
        const QString refusal = LeadConversion::refusal(lead);
        m_convert->setEnabled(refusal.isEmpty());
        m_convert->setToolTip(
            refusal.isEmpty() ? tr("Create or link the contact, company and deal") : refusal);
    }
}

void LeadEditor::showHistory()
{
    m_history->clear();
    const QLocale locale;
    for (const LeadStatusChange &change : LeadStore(db()).history(currentId())) {
        const QString move = change.from ? tr("%1 → %2").arg(LeadLifecycle::displayName(*change.from),
                                 LeadLifecycle::displayName(change.to))
                                         : tr("Arrived: %1").arg(LeadLifecycle::displayName(change.to));
        const QString text = change.comment.isEmpty() ? move : move + u'\n' + change.comment;
        auto *item = new QTreeWidgetItem(
            m_history, {locale.toString(change.at.toLocalTime(), QLocale::ShortFormat), change.author, text});
        item->setToolTip(2, text);
    }
}

void LeadEditor::showSignals()
{
    m_signals->clear();
    const QLocale locale;
    for (const LeadSignal &signal : LeadStore(db()).behaviour(currentId())) {
        QString text = u"%1 — %2"_s.arg(locale.toString(signal.at.toLocalTime(), QLocale::ShortFormat),
            LeadScoring::signalKindName(signal.kind));
        if (signal.sharePercent < 100)
            text += u" (%1 %)"_s.arg(signal.sharePercent);
        auto *item = new QListWidgetItem(text, m_signals);
        item->setData(Qt::UserRole, signal.id);
    }
    const Score score = LeadStore(db()).score(currentId());
    m_score->setText(score.explanation());
}

bool LeadEditor::load(const QString &id)
{
    const std::optional<Lead> lead = LeadStore(db()).get(id);
    if (!lead) {
        clear();
        return false;
    }
    LoadGuard guard(this);
    m_loaded = *lead;
    reloadSources();
    m_firstName->setText(lead->firstName);
    m_lastName->setText(lead->lastName);
    m_email->setText(lead->email);
    m_phone->setText(lead->phone);
    m_jobTitle->setText(lead->jobTitle);
    m_company->setText(lead->companyName);
    m_source->setCurrentIndex(std::max(0, m_source->findData(lead->sourceId)));
    m_campaign->setText(lead->campaign);
    m_interest->setText(lead->interest);
    m_territory->setText(lead->territory);
    m_segment->reload();
    m_segment->setSegment(lead->segment);
    m_owner->setText(lead->owner);
    m_rating->setCurrentIndex(
        std::max(0, m_rating->findData(lead->rating ? temperatureKey(*lead->rating) : QString())));
    m_notes->setPlainText(lead->notes);

    m_template->clear();
    for (const QuestionnaireTemplate &t : QuestionnaireStore(db()).templates())
        m_template->addItem(t.product.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.product), t.id);
    m_questionnaire->setFields({});
    chooseTemplate(lead->questionnaireVersionId);
    m_questionnaire->setAnswers(lead->answers);
    m_questionnaire->clearErrors();
    m_answersModified = false;

    headerLabel()->setText(lead->displayName());
    setCurrent(id, lead->createdAt);
    showState(*lead);
    showHistory();
    showSignals();
    m_addSignal->setEnabled(true);
    return true;
}

void LeadEditor::startNew()
{
    LoadGuard guard(this);
    m_loaded = Lead();
    reloadSources();
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone, m_jobTitle, m_company, m_campaign,
             m_interest, m_territory})
        edit->clear();
    m_segment->reload();
    m_segment->setSegment({});
    m_source->setCurrentIndex(std::max(0, m_source->findData(m_loaded.sourceId)));
    m_owner->clear();
    m_rating->setCurrentIndex(0);
    m_notes->clear();
    m_template->clear();
    for (const QuestionnaireTemplate &t : QuestionnaireStore(db()).templates())
        m_template->addItem(t.name, t.id);
    m_questionnaire->setFields({});
    chooseTemplate(Questionnaire::builtinId());
    m_answersModified = false;
    m_history->clear();
    m_signals->clear();
    m_score->clear();
    headerLabel()->setText(tr("New lead"));
    setCurrent({});
    m_state->setText(
        tr("A new lead starts in the SDR queue; the %1-minute first-response clock starts when it is "
           "saved.")
            .arg(SlaPolicy::load(db()).minutes));
    m_move->setEnabled(false);
    m_convert->setEnabled(false);
    m_addSignal->setEnabled(false);
    m_tabs->setCurrentIndex(0);
    m_firstName->setFocus();
}

FieldErrors LeadEditor::write(QString &id)
{
    Lead lead = m_loaded;
    lead.firstName = m_firstName->text().trimmed();
    lead.lastName = m_lastName->text().trimmed();
    lead.email = m_email->text().trimmed();
    lead.phone = m_phone->text().trimmed();
    lead.jobTitle = m_jobTitle->text().trimmed();
    lead.companyName = m_company->text().trimmed();
    lead.sourceId = m_source->currentData().toString();
    lead.campaign = m_campaign->text().trimmed();
    lead.interest = m_interest->text().trimmed();
    lead.territory = m_territory->text().trimmed();
    lead.segment = m_segment->segment();
    lead.owner = m_owner->text().trimmed();
    lead.rating = temperatureFromKey(m_rating->currentData().toString());
    lead.notes = m_notes->toPlainText();
    FieldErrors errors = LeadStore::validate(lead);

    const QVariantMap answers = m_questionnaire->answers();
    if (m_answersModified) {
        // Unanswered required questions may wait; a wrong answer may not.
        FieldErrors wrong;
        for (const FieldError &e : Questionnaire::validate(m_shownFields, answers)) {
            if (answers.contains(e.field))
                wrong << e;
        }
        m_questionnaire->showErrors(wrong);
        for (const FieldError &e : std::as_const(wrong))
            errors << FieldError {u"questionnaire"_s, e.message};
    }
    if (!errors.isEmpty())
        return errors;

    LeadStore store(db());
    Transaction tx(db());
    lead.segment = m_segment->ensureSegment();
    if (id.isEmpty())
        id = store.create(lead);
    else
        store.update(lead);
    if (m_answersModified)
        store.saveAnswers(id, m_shownVersionId, answers);
    tx.commit();
    load(id);
    return {};
}

bool LeadEditor::moveTo(LeadStatus status)
{
    if (currentId().isEmpty())
        return false;
    if (isModified() && !save())
        return false;
    LeadLifecycle::Context context;
    context.questionnaireComplete = m_loaded.questionnaireComplete;
    const LeadLifecycle::Decision decision = LeadLifecycle::check(m_loaded.status, status, context);
    if (MoveLeadDialog::needsInput(m_loaded.status, status) || !decision.allowed) {
        if (!decision.allowed && !MoveLeadDialog::needsInput(m_loaded.status, status)) {
            reportError(decision.reason);
            return false;
        }
        MoveLeadDialog dialog(m_loaded.status, status, m_loaded.questionnaireComplete, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        context = dialog.context();
    }
    try {
        LeadStore(db()).move(currentId(), status, context);
    } catch (const StoreError &error) {
        reportError(error.message());
        return false;
    }
    afterChange();
    return true;
}

void LeadEditor::convert()
{
    if (currentId().isEmpty() || (isModified() && !save()))
        return;
    ConvertLeadDialog dialog(db(), m_loaded, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const LeadConversion::Result result = LeadConversion(db()).convert(currentId(), dialog.request());
        afterChange();
        QMessageBox::information(this, tr("Lead converted"), result.summary);
    } catch (const StoreError &error) {
        reportError(error.message());
    }
}

void LeadEditor::reportPartnerDeal()
{
    PartnerDealDialog dialog(m_loaded, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        LeadStore(db()).reportPartnerDeal(currentId(), dialog.amountMinor(), dialog.currency());
        afterChange();
    } catch (const StoreError &error) {
        reportError(error.message());
    }
}

void LeadEditor::addSignal()
{
    if (currentId().isEmpty())
        return;
    LeadSignal signal;
    signal.kind = signalKindFromKey(m_signalKind->currentData().toString()).value_or(SignalKind::SiteVisit);
    signal.sharePercent = m_signalShare->value();
    try {
        LeadStore(db()).addSignal(currentId(), signal);
        afterChange();
    } catch (const StoreError &error) {
        reportError(error.message());
    }
}

void LeadEditor::afterChange()
{
    const QString id = currentId();
    const int tab = m_tabs->currentIndex();
    load(id);
    m_tabs->setCurrentIndex(tab);
    Q_EMIT leadChanged(id);
}

QString LeadEditor::recordTitle() const
{
    return m_loaded.displayName();
}

std::unique_ptr<QUndoCommand> LeadEditor::makeDeleteCommand(const QString &id)
{
    Database &database = db();
    if (!LeadStore(database).get(id))
        return nullptr;
    const LeadStore::Snapshot snapshot = LeadStore(database).snapshot(id);
    return std::make_unique<DeleteCommand>(
        tr("Delete lead %1").arg(snapshot.lead.displayName()),
        [&database, id] { LeadStore(database).remove(id); },
        [&database, snapshot] { LeadStore(database).restore(snapshot); },
        [this](const QString &message) { reportError(message); });
}

} // namespace loopline
