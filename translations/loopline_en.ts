<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartBuilder</name>
    <message numerus="yes">
        <source>%1: %n lost deal(s)</source>
        <translation>
            <numerusform>%1: %n lost deal</numerusform>
            <numerusform>%1: %n lost deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n deal</numerusform>
            <numerusform>%1: %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation>
            <numerusform>%1: %n lead</numerusform>
            <numerusform>%1: %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: cost %2, won %3 from %n lead(s)</source>
        <translation>
            <numerusform>%1: cost %2, won %3 from %n lead</numerusform>
            <numerusform>%1: cost %2, won %3 from %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n won</source>
        <translation>
            <numerusform>%1 — %n won</numerusform>
            <numerusform>%1 — %n won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 expected from %n open deal(s), %3 unweighted</source>
        <translation>
            <numerusform>%1: %2 expected from %n open deal, %3 unweighted</numerusform>
            <numerusform>%1: %2 expected from %n open deals, %3 unweighted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message numerus="yes">
        <source>The row has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>The row has %n field; the header has %1.</numerusform>
            <numerusform>The row has %n fields; the header has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message numerus="yes">
        <source>%n deal(s) are in &quot;%1&quot;; move them to another stage first.</source>
        <translation>
            <numerusform>%n deal is in &quot;%1&quot;; move it to another stage first.</numerusform>
            <numerusform>%n deals are in &quot;%1&quot;; move them to another stage first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n team member</numerusform>
            <numerusform>%n team members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of collateral</source>
        <translation>
            <numerusform>%n piece of collateral</numerusform>
            <numerusform>%n pieces of collateral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n record(s) use it (%2). Archive it instead, so it is no longer offered.</source>
        <translation>
            <numerusform>&quot;%1&quot; cannot be deleted: %n record uses it (%2). Archive it instead, so it is no longer offered.</numerusform>
            <numerusform>&quot;%1&quot; cannot be deleted: %n records use it (%2). Archive it instead, so it is no longer offered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>%n more problem not listed.</numerusform>
            <numerusform>%n more problems not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::BoothWindow</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::CampaignEditor</name>
    <message numerus="yes">
        <source>%Ln won deal(s) in a currency without an exchange rate are left out of the revenue.</source>
        <translation>
            <numerusform>%Ln won deal in a currency without an exchange rate is left out of the revenue.</numerusform>
            <numerusform>%Ln won deals in a currency without an exchange rate are left out of the revenue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::CollateralDialog</name>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;? It was sent to %n deal(s); the reports will no longer count it. Archive it instead to keep its figures.</source>
        <translation>
            <numerusform>Delete &quot;%1&quot;? It was sent to %n deal; the reports will no longer count it. Archive it instead to keep its figures.</numerusform>
            <numerusform>Delete &quot;%1&quot;? It was sent to %n deals; the reports will no longer count it. Archive it instead to keep its figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::ForecastDialog</name>
    <message numerus="yes">
        <source>%n deal(s) expected to close before this month and still open are counted here.</source>
        <translation>
            <numerusform>%n deal expected to close before this month and still open is counted here.</numerusform>
            <numerusform>%n deals expected to close before this month and still open are counted here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) expected to close before this month are counted in this month.</source>
        <translation>
            <numerusform>%n open deal expected to close before this month is counted in this month.</numerusform>
            <numerusform>%n open deals expected to close before this month are counted in this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) in a currency without an exchange rate are left out; add the rate under Currency rates to count them.</source>
        <translation>
            <numerusform>%n open deal in a currency without an exchange rate is left out; add the rate under Currency rates to count it.</numerusform>
            <numerusform>%n open deals in a currency without an exchange rate are left out; add the rate under Currency rates to count them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) have no expected close date and are in no month.</source>
        <translation>
            <numerusform>%n open deal has no expected close date and is in no month.</numerusform>
            <numerusform>%n open deals have no expected close date and are in no month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::ImportWizard</name>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) updated</source>
        <translation>
            <numerusform>%n contact updated</numerusform>
            <numerusform>%n contacts updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compan(y/ies) created</source>
        <translation>
            <numerusform>%n company created</numerusform>
            <numerusform>%n companies created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in %1; the first ones are shown.</source>
        <translation>
            <numerusform>%n card in %1; the first ones are shown.</numerusform>
            <numerusform>%n cards in %1; the first ones are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::LeadEditor</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::LeadFiguresDialog</name>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::LeadSettingsDialog</name>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>point(s) or more</source>
        <translation>
            <numerusform>point or more</numerusform>
            <numerusform>points or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::MainWindow</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(-ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) waiting</source>
        <translation>
            <numerusform>%Ln lead waiting</numerusform>
            <numerusform>%Ln leads waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln campaign</numerusform>
            <numerusform>%Ln campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::PipelineBoard</name>
    <message numerus="yes">
        <source>%1 · %n day(s) in stage</source>
        <translation>
            <numerusform>%1 · %n day in stage</numerusform>
            <numerusform>%1 · %n days in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals in %1. %Ln deal(s) in a currency without a rate are counted but not in the totals.</source>
        <translation>
            <numerusform>Totals in %1. %Ln deal in a currency without a rate is counted but not in the totals.</numerusform>
            <numerusform>Totals in %1. %Ln deals in a currency without a rate are counted but not in the totals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::PipelineSettingsDialog</name>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>after %n day</numerusform>
            <numerusform>after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are won or lost and stay in the stage they closed in; rename the stage instead.</source>
        <translation>
            <numerusform>%n of them is won or lost and stays in the stage it closed in; rename the stage instead.</numerusform>
            <numerusform>%n of them are won or lost and stay in the stage they closed in; rename the stage instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::RecordsDialog</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::RestoreDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) sent, %1 record(s) brought up to date.</source>
        <translation>
            <numerusform>Synced: %n change sent, %1 record(s) brought up to date.</numerusform>
            <numerusform>Synced: %n changes sent, %1 record(s) brought up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced. The server refused %n change(s); see Team → Refused changes.</source>
        <translation>
            <numerusform>Synced. The server refused %n change; see Team → Refused changes.</numerusform>
            <numerusform>Synced. The server refused %n changes; see Team → Refused changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::TasksPage</name>
    <message numerus="yes">
        <source>%Ln minute(s) late</source>
        <translation>
            <numerusform>%Ln minute late</numerusform>
            <numerusform>%Ln minutes late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>in %Ln minute</numerusform>
            <numerusform>in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) late</source>
        <translation>
            <numerusform>%Ln hour late</numerusform>
            <numerusform>%Ln hours late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>in %Ln hour</numerusform>
            <numerusform>in %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>%Ln day late</numerusform>
            <numerusform>%Ln days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming</source>
        <translation>
            <numerusform>%Ln upcoming</numerusform>
            <numerusform>%Ln upcoming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
