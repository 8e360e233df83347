<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
</TS>
