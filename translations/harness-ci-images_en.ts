<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>hci::ApplyReviewDialog</name>
    <message numerus="yes">
        <source>These %n change(s) will be sent to %1:</source>
        <translation>
            <numerusform>These %n change will be sent to %1:</numerusform><numerusform>These %n changes will be sent to %1:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n change</numerusform><numerusform>&amp;Apply %n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::ConfigDocument</name>
    <message numerus="yes">
        <source>Reset all %n field(s) to their defaults</source>
        <translation>
            <numerusform>Reset all %n field to their defaults</numerusform><numerusform>Reset all %n fields to their defaults</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>Discard %n change</numerusform><numerusform>Discard %n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::ConfigTreeModel</name>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n overridden</numerusform><numerusform>%n overridden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform><numerusform>%n queued</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), all on their defaults</source>
        <translation>
            <numerusform>%n field, all on their defaults</numerusform><numerusform>%n fields, all on their defaults</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n field: %1</numerusform><numerusform>%n fields: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::ConflictDialog</name>
    <message numerus="yes">
        <source>Someone changed %n field(s) on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server's value and drop your change.</source>
        <translation>
            <numerusform>Someone changed %n field on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server's value and drop your change.</numerusform><numerusform>Someone changed %n fields on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server's value and drop your change.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::Envelope</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform><numerusform>%n requests in flight</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy or limiting requests. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness is busy or limiting requests. Trying again in %n second…</numerusform><numerusform>Harness is busy or limiting requests. Trying again in %n seconds…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s); the server confirmed each one.</source>
        <translation>
            <numerusform>Applied %n change; the server confirmed each one.</numerusform><numerusform>Applied %n changes; the server confirmed each one.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queue a reset to the default for all %n overridden field(s) of %1 on %2? Nothing is sent until you apply.</source>
        <translation>
            <numerusform>Queue a reset to the default for all %n overridden field of %1 on %2? Nothing is sent until you apply.</numerusform><numerusform>Queue a reset to the default for all %n overridden fields of %1 on %2? Nothing is sent until you apply.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reset %n field(s) to their defaults</source>
        <translation>
            <numerusform>Reset %n field to their defaults</numerusform><numerusform>Reset %n fields to their defaults</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued. %1</source>
        <translation>
            <numerusform>%n change did not take and is still queued. %1</numerusform><numerusform>%n changes did not take and are still queued. %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are queued and not sent yet.</source>
        <translation>
            <numerusform>%n change is queued and not sent yet.</numerusform><numerusform>%n changes are queued and not sent yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Apply %n change</numerusform><numerusform>Apply %n changes</numerusform></translation>
    </message>
</context>
</TS>