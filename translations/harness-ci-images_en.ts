<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>hci::ApplyReviewDialog</name>
    <message numerus="yes">
        <source>These %n change(s) will be sent to %1:</source>
        <translation>
            <numerusform>This change will be sent to %1:</numerusform><numerusform>These %n changes will be sent to %1:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n change</numerusform><numerusform>&amp;Apply %n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Applying once %n tag check(s) are done…</source>
        <translation>
            <numerusform>Applying once %n tag check is done…</numerusform><numerusform>Applying once %n tag checks are done…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n tag(s) in their registries…</source>
        <translation>
            <numerusform>Checking %n tag in its registry…</numerusform><numerusform>Checking %n tags in their registries…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Missing from their registries: %n tag(s). Pipelines that use them fail to pull the image; apply only if the tags will be pushed first.</source>
        <translation>
            <numerusform>Missing from its registry: %n tag. Pipelines that use it fail to pull the image; apply only if the tag will be pushed first.</numerusform><numerusform>Missing from their registries: %n tags. Pipelines that use them fail to pull the image; apply only if the tags will be pushed first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Apply anyway, with %n missing tag(s)</source>
        <translation>
            <numerusform>Apply anyway, with %n missing tag</numerusform><numerusform>Apply anyway, with %n missing tags</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be checked (see the Registry column); applying is still possible.</source>
        <translation>
            <numerusform>%n tag could not be checked (see the Registry column); applying is still possible.</numerusform><numerusform>%n tags could not be checked (see the Registry column); applying is still possible.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::ConfigDocument</name>
    <message numerus="yes">
        <source>Reset all %n field(s) to their defaults</source>
        <translation>
            <numerusform>Reset %n field to its default</numerusform><numerusform>Reset all %n fields to their defaults</numerusform></translation>
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
            <numerusform>%n field, on its default</numerusform><numerusform>%n fields, all on their defaults</numerusform></translation>
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
            <numerusform>Someone changed %n field on the server after you loaded it. Tick it to send your change anyway; leave it to keep the server's value and drop your change.</numerusform><numerusform>Someone changed %n fields on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server's value and drop your change.</numerusform></translation>
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
            <numerusform>Applied %n change; the server confirmed it.</numerusform><numerusform>Applied %n changes; the server confirmed each one.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queue a reset to the default for all %n overridden field(s) of %1 on %2? Nothing is sent until you apply.</source>
        <translation>
            <numerusform>Queue a reset to the default for the %n overridden field of %1 on %2? Nothing is sent until you apply.</numerusform><numerusform>Queue a reset to the default for all %n overridden fields of %1 on %2? Nothing is sent until you apply.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reset %n field(s) to their defaults</source>
        <translation>
            <numerusform>Reset %n field to its default</numerusform><numerusform>Reset %n fields to their defaults</numerusform></translation>
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
<context>
    <name>hci::ProfileForm</name>
    <message numerus="yes">
        <source>Connected: account %1 on %2 sent %n default image(s).</source>
        <translation>
            <numerusform>Connected: account %1 on %2 sent %n default image.</numerusform><numerusform>Connected: account %1 on %2 sent %n default images.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::TagTexts</name>
    <message numerus="yes">
        <source>%1 is %n release(s) behind the newest, %2: Harness supports the latest three releases (%3); older ones get a warning in Harness.</source>
        <translation>
            <numerusform>%1 is %n release behind the newest, %2: Harness supports the latest three releases (%3); older ones get a warning in Harness.</numerusform><numerusform>%1 is %n releases behind the newest, %2: Harness supports the latest three releases (%3); older ones get a warning in Harness.</numerusform></translation>
    </message>
</context>
</TS>