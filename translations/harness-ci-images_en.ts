<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>hci::AccountSession</name>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>No complete answer within %n second.</numerusform><numerusform>No complete answer within %n seconds.</numerusform></translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Harness refuses to change %n of these field(s) on %1: %2. Its answer would be a generic server error, and nothing of that request would be saved. Undo those changes before applying.</source>
        <translation>
            <numerusform>Harness refuses to change %n of these field on %1: %2. Its answer would be a generic server error, and nothing of that request would be saved. Undo those changes before applying.</numerusform><numerusform>Harness refuses to change %n of these fields on %1: %2. Its answer would be a generic server error, and nothing of that request would be saved. Undo those changes before applying.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::CompareWindow</name>
    <message numerus="yes">
        <source>%n change(s) queued there were never sent.</source>
        <translation>
            <numerusform>%n change queued there was never sent.</numerusform><numerusform>%n changes queued there were never sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Select rows and copy them to %1.</source>
        <translation>
            <numerusform>%n field differ. Select rows and copy them to %1.</numerusform><numerusform>%n fields differ. Select rows and copy them to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied to %1 and read back.</source>
        <translation>
            <numerusform>%n change applied to %1 and read back.</numerusform><numerusform>%n changes applied to %1 and read back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The apply to %1 failed: %2 %n change(s) stay queued.</source>
        <translation>
            <numerusform>The apply to %1 failed: %2 %n change stay queued.</numerusform><numerusform>The apply to %1 failed: %2 %n changes stay queued.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued on %1; review and apply there to send them.</source>
        <translation>
            <numerusform>%n change queued on %1; review and apply there to send them.</numerusform><numerusform>%n changes queued on %1; review and apply there to send them.</numerusform></translation>
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
    <name>hci::HistoryWindow</name>
    <message numerus="yes">
        <source>%1 of %n confirmed</source>
        <translation>
            <numerusform>%1 of %n confirmed</numerusform><numerusform>%1 of %n confirmed</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::JournalRestoreBar</name>
    <message numerus="yes">
        <source>%n edit(s) queued here on %1 were not applied before the app stopped.</source>
        <translation>
            <numerusform>%n edit queued here on %1 was not applied before the app stopped.</numerusform><numerusform>%n edits queued here on %1 were not applied before the app stopped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server changed %n of these field(s) since: restoring would overwrite %1.</source>
        <translation>
            <numerusform>The server changed %n of these field since: restoring would overwrite %1.</numerusform><numerusform>The server changed %n of these fields since: restoring would overwrite %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::LocalStore</name>
    <message numerus="yes">
        <source>The local store could not be read (%1), so it was moved to %2 and a new one was started. %n queued edit(s) were carried over from it.</source>
        <translation>
            <numerusform>The local store could not be read (%1), so it was moved to %2 and a new one was started. %n queued edit was carried over from it.</numerusform><numerusform>The local store could not be read (%1), so it was moved to %2 and a new one was started. %n queued edits were carried over from it.</numerusform></translation>
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
    <message numerus="yes">
        <source>Apply cancelled before anything was sent; the %n change(s) stay queued.</source>
        <translation>
            <numerusform>Apply cancelled before anything was sent; the %n change stay queued.</numerusform><numerusform>Apply cancelled before anything was sent; the %n changes stay queued.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n change(s) one at a time to find the ones Harness refuses…</source>
        <translation>
            <numerusform>Sending the %n change one at a time to find the ones Harness refuses…</numerusform><numerusform>Sending the %n changes one at a time to find the ones Harness refuses…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued.</source>
        <translation>
            <numerusform>%n change did not take and is still queued.</numerusform><numerusform>%n changes did not take and are still queued.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Harness answered with its generic internal error, which it also gives when one field is not accepted on %1; it names no field and saved nothing of that request. Send its %n change(s) one at a time to find the refused ones? Those Harness accepts are saved.</source>
        <translation>
            <numerusform>Harness answered with its generic internal error, which it also gives when one field is not accepted on %1; it names no field and saved nothing of that request. Send its %n change one at a time to find the refused ones? Those Harness accepts is saved.</numerusform><numerusform>Harness answered with its generic internal error, which it also gives when one field is not accepted on %1; it names no field and saved nothing of that request. Send its %n changes one at a time to find the refused ones? Those Harness accepts are saved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent one at a time, every change took (%n in all); the server confirmed each one.</source>
        <translation>
            <numerusform>Sent one at a time, every change took (%n in all); the server confirmed each one.</numerusform><numerusform>Sent one at a time, every change took (%n in all); the server confirmed each one.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses %n field(s) on %1, which stay queued: %2.</source>
        <translation>
            <numerusform>Harness refuses %n field on %1, which stay queued: %2.</numerusform><numerusform>Harness refuses %n fields on %1, which stay queued: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) took.</source>
        <translation>
            <numerusform>The other %n change took.</numerusform><numerusform>The other %n changes took.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of its change(s) took.</source>
        <translation>
            <numerusform>The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of its change took.</numerusform><numerusform>The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of its changes took.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n field(s) read-only</source>
        <translation>
            <numerusform>%1 · %n field read-only</numerusform><numerusform>%1 · %n fields read-only</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now point at the mirror. Review and apply them when the images are copied.</source>
        <translation>
            <numerusform>%n field now point at the mirror. Review and apply them when the images is copied.</numerusform><numerusform>%n fields now point at the mirror. Review and apply them when the images are copied.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::MirrorDialog</name>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>&amp;Selected rows (%n)</numerusform><numerusform>&amp;Selected rows (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before applying.</source>
        <translation>
            <numerusform>%n image is not in the mirror yet: copy them before applying.</numerusform><numerusform>%n images are not in the mirror yet: copy them before applying.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be checked: %1</source>
        <translation>
            <numerusform>%n image could not be checked: %1</numerusform><numerusform>%n images could not be checked: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::MirrorPlan</name>
    <message numerus="yes">
        <source>Point %n field(s) at the mirror %1</source>
        <translation>
            <numerusform>Point %n field at the mirror %1</numerusform><numerusform>Point %n fields at the mirror %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::OtherScope</name>
    <message numerus="yes">
        <source>Copy %n field(s)</source>
        <translation>
            <numerusform>Copy %n field</numerusform><numerusform>Copy %n fields</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::OverridesFileActions</name>
    <message numerus="yes">
        <source>Exported %n override(s) to %1.</source>
        <translation>
            <numerusform>Exported %n override to %1.</numerusform><numerusform>Exported %n overrides to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued from the file; nothing is sent until you apply.</source>
        <translation>
            <numerusform>%n change queued from the file; nothing is sent until you apply.</numerusform><numerusform>%n changes queued from the file; nothing is sent until you apply.</numerusform></translation>
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
    <name>hci::SinceLastLookPanel</name>
    <message numerus="yes">
        <source>Harness changed %n default(s):</source>
        <translation>
            <numerusform>Harness changed %n default:</numerusform><numerusform>Harness changed %n defaults:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform><numerusform>  … and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) changed outside this app:</source>
        <translation>
            <numerusform>%n override changed outside this app:</numerusform><numerusform>%n overrides changed outside this app:</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::TagTexts</name>
    <message numerus="yes">
        <source>%1 is %n release(s) behind Harness's current release, %2: Harness supports the latest three releases of the add-on and the lite engine (%3); older ones get a warning in Harness.</source>
        <translation>
            <numerusform>%1 is %n release behind Harness's current release, %2: Harness supports the latest three releases of the add-on and the lite engine (%3); older ones get a warning in Harness.</numerusform><numerusform>%1 is %n releases behind Harness's current release, %2: Harness supports the latest three releases of the add-on and the lite engine (%3); older ones get a warning in Harness.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A newer release exists: %1 (%2 is %n release(s) behind it). This image is updated as needed; no support window applies.</source>
        <translation>
            <numerusform>A newer release exists: %1 (%2 is %n release behind it). This image is updated as needed; no support window applies.</numerusform><numerusform>A newer release exists: %1 (%2 is %n releases behind it). This image is updated as needed; no support window applies.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::cli::Console</name>
    <message numerus="yes">
        <source>Harness is busy (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness is busy (%1); trying again in %n second…</numerusform><numerusform>Harness is busy (%1); trying again in %n seconds…</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::cli::HistoryListing</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::cli::MirrorCommand</name>
    <message numerus="yes">
        <source>Wrote the copy list of %n image(s) to %1 and its skopeo script to %2.</source>
        <translation>
            <numerusform>Wrote the copy list of %n image to %1 and its skopeo script to %2.</numerusform><numerusform>Wrote the copy list of %n images to %1 and its skopeo script to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before pipelines use the overrides.</source>
        <translation>
            <numerusform>%n image is not in the mirror yet: copy them before pipelines use the overrides.</numerusform><numerusform>%n images are not in the mirror yet: copy them before pipelines use the overrides.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::cli::PlanApplier</name>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform><numerusform>%n updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>%n reset</numerusform><numerusform>%n resets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied and confirmed.</source>
        <translation>
            <numerusform>%1: %n change applied and confirmed.</numerusform><numerusform>%1: %n changes applied and confirmed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: Harness refused the changes without saying which field it did not accept (HTTP %2). Sending the %n field(s) one at a time to find out…</source>
        <translation>
            <numerusform>%1: Harness refused the changes without saying which field it did not accept (HTTP %2). Sending the %n field one at a time to find out…</numerusform><numerusform>%1: Harness refused the changes without saying which field it did not accept (HTTP %2). Sending the %n fields one at a time to find out…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: the other %n change(s) were applied and confirmed.</source>
        <translation>
            <numerusform>%1: the other %n change was applied and confirmed.</numerusform><numerusform>%1: the other %n changes were applied and confirmed.</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::cli::Planner</name>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform><numerusform>%1: %n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>hci::cli::Tool</name>
    <message numerus="yes">
        <source>Exported %n override(s).</source>
        <translation>
            <numerusform>Exported %n override.</numerusform><numerusform>Exported %n overrides.</numerusform></translation>
    </message>
</context>
</TS>