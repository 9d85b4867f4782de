<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hci</name>
    <message>
        <source>The answer is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1 at offset %2.</source>
        <translation>Die Antwort ist kein JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is not a string.</source>
        <translation>&quot;name&quot; ist kein Text.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list.</source>
        <translation>&quot;tags&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; holds something other than tag names.</source>
        <translation>&quot;tags&quot; enthält etwas anderes als Tag-Namen.</translation>
    </message>
    <message>
        <source>The answer holds no usable token.</source>
        <translation>Die Antwort enthält kein brauchbares Token.</translation>
    </message>
</context>
<context>
    <name>hci::AccountMemory</name>
    <message>
        <source>&amp;History of Applies…</source>
        <translation>Ver&amp;lauf der Anwendungen…</translation>
    </message>
    <message>
        <source>Every apply made here: what changed, from what to what, and revert</source>
        <translation>Jede hier ausgeführte Anwendung: was sich von was auf was geändert hat, mit Zurücknehmen</translation>
    </message>
    <message>
        <source>%1 (account %2, %3 on %4)</source>
        <translation>%1 (Konto %2, %3 auf %4)</translation>
    </message>
    <message>
        <source>Edits that were not applied are kept for %1. Open that profile and scope to get them back.</source>
        <translation>Nicht angewendete Bearbeitungen werden für %1 aufbewahrt. Öffnen Sie dieses Profil und diesen Bereich, um sie zurückzuholen.</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2 (account %3, %4 on %5). Open that profile and scope to revert it.</source>
        <translation>Anwendung %1 erfolgte auf %2 (Konto %3, %4 auf %5). Öffnen Sie dieses Profil und diesen Bereich, um sie zurückzunehmen.</translation>
    </message>
    <message>
        <source>Apply %1 changed nothing that the server confirmed: there is nothing to revert.</source>
        <translation>Anwendung %1 hat nichts geändert, was der Server bestätigt hat: Es gibt nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued: review it, then apply.</source>
        <translation>Die Rücknahme von Anwendung %1 ist vorgemerkt: Prüfen Sie sie und wenden Sie sie dann an.</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued. Since that apply, %2 changed on the server: the revert would overwrite it. Review before you apply.</source>
        <translation>Die Rücknahme von Anwendung %1 ist vorgemerkt. Seit dieser Anwendung hat sich %2 auf dem Server geändert: Die Rücknahme würde das überschreiben. Prüfen Sie sie vor dem Anwenden.</translation>
    </message>
</context>
<context>
    <name>hci::AccountSession</name>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection changed while the operation ran, so nothing more was sent to either account.</source>
        <translation>die Verbindung hat sich während des Vorgangs geändert, daher wurde an keines der Konten mehr etwas gesendet.</translation>
    </message>
</context>
<context>
    <name>hci::ApiError</name>
    <message>
        <source>%1 (Harness said: “%2”)</source>
        <translation>%1 (Harness meldet: „%2“)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Harness could not tell which account this is: check the account ID of the profile.</source>
        <translation>Harness konnte das Konto nicht zuordnen: Prüfen Sie die Konto-ID des Profils.</translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, expired or revoked, or belongs to another account; create a new key in Harness and update the profile.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Er ist falsch, abgelaufen, widerrufen oder gehört zu einem anderen Konto. Erstellen Sie in Harness einen neuen Schlüssel und aktualisieren Sie das Profil.</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing; check the values and try again.</source>
        <translation>Harness hat die Anfrage abgelehnt und nichts geändert; prüfen Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing: %1</source>
        <translation>Harness hat die Anfrage abgelehnt und nichts geändert: %1</translation>
    </message>
    <message>
        <source>This server does not offer the execution-config API; check the server address and that the module is enabled for the account.</source>
        <translation>Dieser Server bietet die execution-config-API nicht an; prüfen Sie die Serveradresse und ob das Modul für das Konto aktiviert ist.</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support.</source>
        <translation>In Harness ist ein interner Fehler aufgetreten; versuchen Sie es später erneut und wenden Sie sich an den Harness-Support, falls er bestehen bleibt.</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support with the correlation ID %1.</source>
        <translation>In Harness ist ein interner Fehler aufgetreten; versuchen Sie es später erneut und wenden Sie sich mit der Korrelations-ID %1 an den Harness-Support, falls er bestehen bleibt.</translation>
    </message>
    <message>
        <source>Harness answered with the error %1.</source>
        <translation>Harness hat mit dem Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>Harness answered with the error %1: %2</source>
        <translation>Harness hat mit dem Fehler %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The server has no such page (HTTP 404); check the server address.</source>
        <translation>Diese Seite gibt es auf dem Server nicht (HTTP 404); prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>A gateway in front of Harness failed (HTTP %1); Harness may be down or being updated, try again in a few minutes.</source>
        <translation>Ein Gateway vor Harness ist ausgefallen (HTTP %1); Harness ist möglicherweise nicht erreichbar oder wird aktualisiert. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1 and no Harness message; check the server address, or try again later.</source>
        <translation>Der Server hat mit HTTP %1 ohne Harness-Meldung geantwortet; prüfen Sie die Serveradresse oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request could not be made; check the connection settings.</source>
        <translation>Die Anfrage konnte nicht gestellt werden; prüfen Sie die Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The request could not be made: %1</source>
        <translation>Die Anfrage konnte nicht gestellt werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off; try again, and check the network or a proxy in between if it keeps happening.</source>
        <translation>Die Antwort des Servers wurde abgeschnitten; versuchen Sie es erneut und prüfen Sie das Netzwerk oder einen Proxy dazwischen, falls es wieder passiert.</translation>
    </message>
    <message>
        <source>The server could not be reached; check the network connection and the server address, then try again.</source>
        <translation>Der Server war nicht erreichbar; prüfen Sie die Netzwerkverbindung und die Serveradresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; versuchen Sie es erneut und prüfen Sie das Netzwerk oder die Statusseite von Harness, falls es wieder passiert.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed, so nothing was sent; the certificate is not trusted, or something is intercepting the connection.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen, daher wurde nichts gesendet; das Zertifikat ist nicht vertrauenswürdig oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>Harness stayed unavailable after several tries; wait a few minutes and try again.</source>
        <translation>Harness blieb auch nach mehreren Versuchen nicht verfügbar; warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Harness is limiting how many requests this key may make and still was after several tries; wait a minute and try again.</source>
        <translation>Harness begrenzt die Anfragen dieses Schlüssels und tat es auch nach mehreren Versuchen noch; warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; check that the address points to a Harness gateway.</source>
        <translation>Die Antwort des Servers war kein JSON; prüfen Sie, ob die Adresse auf ein Harness-Gateway zeigt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not have the expected form, so nothing was shown; the server may be a different version, or not Harness.</source>
        <translation>Die Antwort des Servers hatte nicht die erwartete Form, daher wird nichts angezeigt; der Server hat vielleicht eine andere Version oder ist kein Harness.</translation>
    </message>
    <message>
        <source>The server sent an empty answer; try again.</source>
        <translation>Der Server hat eine leere Antwort gesendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any Harness answer and was not read; check the server address.</source>
        <translation>Die Antwort des Servers war weit größer als jede Harness-Antwort und wurde nicht gelesen; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere; it was not followed, so that the API key stays with this server: check the server address.</source>
        <translation>Der Server hat die Anfrage umgeleitet; der Umleitung wurde nicht gefolgt, damit der API-Schlüssel bei diesem Server bleibt: Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Harness accepted the changes, but reading them back shows that some did not take; they are still queued, try again.</source>
        <translation>Harness hat die Änderungen angenommen, aber beim Zurücklesen zeigt sich, dass einige nicht übernommen wurden; sie sind weiter vorgemerkt, versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>Dieser API-Schlüssel darf die Einstellungen des Kontos nicht ansehen: Ihm fehlt die Berechtigung %1. Bitten Sie einen Kontoadministrator, sie zu erteilen, oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the account&apos;s view permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>Dieser API-Schlüssel darf die Einstellungen des Kontos nicht ansehen: Ihm fehlt die Ansichtsberechtigung für das Konto. Bitten Sie einen Kontoadministrator, sie zu erteilen, oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>Dieser API-Schlüssel darf die Einstellungen lesen, aber nicht ändern: Ihm fehlt die Berechtigung %1. Bitten Sie einen Kontoadministrator, sie zu erteilen, oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the account&apos;s edit permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>Dieser API-Schlüssel darf die Einstellungen lesen, aber nicht ändern: Ihm fehlt die Bearbeitungsberechtigung für das Konto. Bitten Sie einen Kontoadministrator, sie zu erteilen, oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>This API key lacks the permission %1; ask an account administrator to grant it, or use another key.</source>
        <translation>Diesem API-Schlüssel fehlt die Berechtigung %1; bitten Sie einen Kontoadministrator, sie zu erteilen, oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>This API key lacks a permission for the account&apos;s settings; ask an account administrator to grant it, or use another key.</source>
        <translation>Diesem API-Schlüssel fehlt eine Berechtigung für die Einstellungen des Kontos; bitten Sie einen Kontoadministrator, sie zu erteilen, oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>The server did not finish answering in time, so the app stopped waiting; nothing was changed. Try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>Der Server hat nicht rechtzeitig zu Ende geantwortet, daher hat die App das Warten beendet; es wurde nichts geändert. Versuchen Sie es erneut, und prüfen Sie das Netzwerk oder die Statusseite von Harness, falls es wieder passiert.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>Keine Antwort in der vorgesehenen Zeit.</translation>
    </message>
    <message>
        <source>The secure connection failed.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error.</source>
        <translation>Der Server hat mit einem HTTP-Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Harness refused the request.</source>
        <translation>Harness hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Harness limited the requests.</source>
        <translation>Harness hat die Anfragen begrenzt.</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>Die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server redirected the request.</source>
        <translation>Der Server hat die Anfrage umgeleitet.</translation>
    </message>
    <message>
        <source>The read-back did not confirm the change.</source>
        <translation>Das Zurücklesen hat die Änderung nicht bestätigt.</translation>
    </message>
    <message>
        <source>The operation ran out of time.</source>
        <translation>Der Vorgang hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>Missing permission: %1</source>
        <translation>Fehlende Berechtigung: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
</context>
<context>
    <name>hci::ApplyReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be sent to %1:</source>
        <translation>
            <numerusform>Diese Änderung wird an %1 gesendet:</numerusform>
            <numerusform>Diese %n Änderungen werden an %1 gesendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Anzuwendende Änderungen</translation>
    </message>
    <message>
        <source>Each field with its value now and the value it gets</source>
        <translation>Jedes Feld mit seinem jetzigen und seinem künftigen Wert</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (reset to default)</source>
        <translation>%1 (auf Standard zurückgesetzt)</translation>
    </message>
    <message>
        <source>Requests (the API key shows as $HARNESS_API_KEY):</source>
        <translation>Anfragen (der API-Schlüssel erscheint als $HARNESS_API_KEY):</translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation>Zu sendende Anfragen</translation>
    </message>
    <message>
        <source>The HTTP requests of the apply, as cURL commands</source>
        <translation>Die HTTP-Anfragen des Anwendens, als cURL-Befehle</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;anwenden</numerusform>
            <numerusform>%n Änderungen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the changes to Harness now</source>
        <translation>Die Änderungen jetzt an Harness senden</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the requests to the clipboard; the API key stays out</source>
        <translation>Die Anfragen in die Zwischenablage kopieren; der API-Schlüssel bleibt außen vor</translation>
    </message>
    <message>
        <source>Close; the changes stay queued</source>
        <translation>Schließen; die Änderungen bleiben vorgemerkt</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Tag exists</source>
        <translation>Tag vorhanden</translation>
    </message>
    <message>
        <source>%1 has this tag (%2).</source>
        <translation>%1 hat diesen Tag (%2).</translation>
    </message>
    <message>
        <source>Tag not found</source>
        <translation>Tag nicht gefunden</translation>
    </message>
    <message>
        <source>%1 has no image %2: pipelines that pull it fail at initialise.</source>
        <translation>%1 hat kein Image %2: Pipelines, die es ziehen, schlagen bei der Initialisierung fehl.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Applying once %n tag check(s) are done…</source>
        <translation>
            <numerusform>Wird angewendet, sobald %n Tag-Prüfung fertig ist…</numerusform>
            <numerusform>Wird angewendet, sobald %n Tag-Prüfungen fertig sind…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n tag(s) in their registries…</source>
        <translation>
            <numerusform>%n Tag wird in seiner Registry geprüft…</numerusform>
            <numerusform>%n Tags werden in ihren Registrys geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing from their registries: %n tag(s). Pipelines that use them fail to pull the image; apply only if the tags will be pushed first.</source>
        <translation>
            <numerusform>In der Registry fehlt %n Tag. Pipelines, die ihn verwenden, können das Image nicht ziehen; wenden Sie die Änderung nur an, wenn der Tag vorher gepusht wird.</numerusform>
            <numerusform>In ihren Registrys fehlen %n Tags. Pipelines, die sie verwenden, können das Image nicht ziehen; wenden Sie die Änderungen nur an, wenn die Tags vorher gepusht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply anyway, with %n missing tag(s)</source>
        <translation>
            <numerusform>Trotzdem anwenden, mit %n fehlenden Tag</numerusform>
            <numerusform>Trotzdem anwenden, mit %n fehlenden Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be checked (see the Registry column); applying is still possible.</source>
        <translation>
            <numerusform>%n Tag konnte nicht geprüft werden (siehe Spalte „Registry“); Anwenden ist trotzdem möglich.</numerusform>
            <numerusform>%n Tags konnten nicht geprüft werden (siehe Spalte „Registry“); Anwenden ist trotzdem möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new tag exists in its registry.</source>
        <translation>Jeder neue Tag ist in seiner Registry vorhanden.</translation>
    </message>
    <message>
        <source>PRODUCTION — these changes go to the production account %1.</source>
        <translation>PRODUKTION — diese Änderungen gehen an das Produktionskonto %1.</translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses to change %n of these field(s) on %1: %2. Its answer would be a generic server error, and nothing of that request would be saved. Undo those changes before applying.</source>
        <translation>
            <numerusform>Harness lehnt es ab, %n dieser Felder auf %1 zu ändern: %2. Die Antwort wäre ein allgemeiner Serverfehler, und nichts von dieser Anfrage würde gespeichert. Machen Sie diese Änderung vor dem Anwenden rückgängig.</numerusform>
            <numerusform>Harness lehnt es ab, %n dieser Felder auf %1 zu ändern: %2. Die Antwort wäre ein allgemeiner Serverfehler, und nichts von dieser Anfrage würde gespeichert. Machen Sie diese Änderungen vor dem Anwenden rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Show &amp;requests</source>
        <translation>Anf&amp;ragen anzeigen</translation>
    </message>
    <message>
        <source>The HTTP requests the apply sends, as cURL commands</source>
        <translation>Die HTTP-Anfragen, die das Anwenden sendet, als cURL-Befehle</translation>
    </message>
    <message>
        <source>Hide &amp;requests</source>
        <translation>Anf&amp;ragen ausblenden</translation>
    </message>
    <message>
        <source>— back to the default</source>
        <translation>— zurück zum Standard</translation>
    </message>
    <message>
        <source>A reset: Harness&apos;s default image is used again; there is no new tag to check.</source>
        <translation>Ein Zurücksetzen: Das Standard-Image von Harness wird wieder verwendet; es gibt keinen neuen Tag zu prüfen.</translation>
    </message>
    <message>
        <source>Copy as &amp;Terraform</source>
        <translation>Als &amp;Terraform kopieren</translation>
    </message>
    <message>
        <source>Copy the overrides as they will be after this apply, as Terraform resources; the API key stays out</source>
        <translation>Die Overrides, wie sie nach diesem Anwenden sein werden, als Terraform-Ressourcen kopieren; der API-Schlüssel bleibt außen vor</translation>
    </message>
</context>
<context>
    <name>hci::CompareModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not listed on this side</source>
        <translation>Auf dieser Seite nicht aufgeführt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>reset to the default</source>
        <translation>auf Standard zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation>%1 (vorgemerkt)</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Queued on %1, not sent yet: review and apply there to send it. Now: %2</source>
        <translation>Auf %1 vorgemerkt, noch nicht gesendet: Prüfen und wenden Sie es dort an, um es zu senden. Jetzt: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>Dieses Fenster</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Andere Seite</translation>
    </message>
</context>
<context>
    <name>hci::CompareWindow</name>
    <message>
        <source>Compare %1 on %2 — Harness CI Images</source>
        <translation>%1 auf %2 vergleichen — Harness CI Images</translation>
    </message>
    <message>
        <source>This window: %1, %2 on %3</source>
        <translation>Dieses Fenster: %1, %2 auf %3</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>The profile, or the other infrastructure of this account, to set beside this window</source>
        <translation>Das Profil oder die andere Infrastruktur dieses Kontos, die diesem Fenster gegenübergestellt wird</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>The other side is a production account</source>
        <translation>Die andere Seite ist ein Produktionskonto</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>Vergleichsstatus</translation>
    </message>
    <message>
        <source>Overrides side by side</source>
        <translation>Overrides nebeneinander</translation>
    </message>
    <message>
        <source>Each field with its value in this window and on the other side; rows that differ are marked</source>
        <translation>Jedes Feld mit seinem Wert in diesem Fenster und auf der anderen Seite; abweichende Zeilen sind markiert</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Nur &amp;Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>Nur Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Queue the selected rows&apos; values on the other side: this window&apos;s override, or a reset when it has none. Nothing is sent until you review and apply there.</source>
        <translation>Die Werte der ausgewählten Zeilen auf der anderen Seite vormerken: den Override dieses Fensters oder ein Zurücksetzen, wenn es keinen hat. Nichts wird gesendet, bis Sie dort prüfen und anwenden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The main window now shows another account or scope; close this window and compare again.</source>
        <translation>Das Hauptfenster zeigt jetzt ein anderes Konto oder einen anderen Bereich; schließen Sie dieses Fenster und vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>Other infrastructure of this account (%1)</source>
        <translation>Andere Infrastruktur dieses Kontos (%1)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; choose another side once it has settled.</source>
        <translation>Ein Anwenden auf %1 läuft noch; wählen Sie eine andere Seite, sobald es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Drop the changes queued on %1 and compare with another side?</source>
        <translation>Die auf %1 vorgemerkten Änderungen verwerfen und mit einer anderen Seite vergleichen?</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Vorgemerkte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued there were never sent.</source>
        <translation>
            <numerusform>%n dort vorgemerkte Änderung wurde nie gesendet.</numerusform>
            <numerusform>%n dort vorgemerkte Änderungen wurden nie gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>This window (%1)</source>
        <translation>Dieses Fenster (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Dieses Konto</translation>
    </message>
    <message>
        <source>No override differs.</source>
        <translation>Kein Override weicht ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Select rows and copy them to %1.</source>
        <translation>
            <numerusform>%n Feld weicht ab. Wählen Sie Zeilen aus und kopieren Sie sie nach %1.</numerusform>
            <numerusform>%n Felder weichen ab. Wählen Sie Zeilen aus und kopieren Sie sie nach %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the other side: %1</source>
        <translation>Die andere Seite konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied to %1 and read back.</source>
        <translation>
            <numerusform>%n Änderung auf %1 angewendet und zurückgelesen.</numerusform>
            <numerusform>%n Änderungen auf %1 angewendet und zurückgelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The apply to %1 failed: %2 %n change(s) stay queued.</source>
        <translation>
            <numerusform>Das Anwenden auf %1 ist fehlgeschlagen: %2 %n Änderung bleibt vorgemerkt.</numerusform>
            <numerusform>Das Anwenden auf %1 ist fehlgeschlagen: %2 %n Änderungen bleiben vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent; the changes stay queued.</source>
        <translation>Es wurde nichts gesendet; die Änderungen bleiben vorgemerkt.</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Es wurde nichts vorgemerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued on %1; review and apply there to send them.</source>
        <translation>
            <numerusform>%n Änderung auf %1 vorgemerkt; prüfen und wenden Sie sie dort an, um sie zu senden.</numerusform>
            <numerusform>%n Änderungen auf %1 vorgemerkt; prüfen und wenden Sie sie dort an, um sie zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed on %1, left out: %2.</source>
        <translation>Auf %1 nicht aufgeführt, ausgelassen: %2.</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1, %2 auf %3</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Wird auf %1 angewendet…</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>die andere Seite</translation>
    </message>
    <message>
        <source>&amp;Copy to %1</source>
        <translation>Nach %1 &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows to %1</source>
        <translation>Die ausgewählten Zeilen nach %1 kopieren</translation>
    </message>
    <message>
        <source>&amp;Review and apply on %1 (%2)…</source>
        <translation>&amp;Prüfen und auf %1 anwenden (%2)…</translation>
    </message>
    <message>
        <source>Review and apply the changes queued on %1</source>
        <translation>Die auf %1 vorgemerkten Änderungen prüfen und anwenden</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; close this window once it has settled.</source>
        <translation>Ein Anwenden auf %1 läuft noch; schließen Sie dieses Fenster, sobald es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Close and drop the changes queued on %1?</source>
        <translation>Schließen und die auf %1 vorgemerkten Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>hci::ConfigDocument</name>
    <message>
        <source>Change %1 to %2</source>
        <translation>%1 auf %2 ändern</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 auf Standard zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset all %n field(s) to their defaults</source>
        <translation>
            <numerusform>%n Feld auf Standard zurücksetzen</numerusform>
            <numerusform>Alle %n Felder auf Standard zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>%n Änderung verwerfen</numerusform>
            <numerusform>%n Änderungen verwerfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the server&apos;s value of %1</source>
        <translation>Wert des Servers für %1 behalten</translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 ist schreibgeschützt: Der Server hat einen Wert gesendet, den diese App nicht bearbeitet.</translation>
    </message>
</context>
<context>
    <name>hci::ConfigTreeModel</name>
    <message>
        <source>→ default</source>
        <translation>→ Standard</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n überschrieben</numerusform>
            <numerusform>%n überschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n vorgemerkt</numerusform>
            <numerusform>%n vorgemerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), all on their defaults</source>
        <translation>
            <numerusform>%n Feld, auf dem Standard</numerusform>
            <numerusform>%n Felder, alle auf dem Standard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n Feld: %1</numerusform>
            <numerusform>%n Felder: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Queued: back to the default %1 (now %2). Not sent until you apply.</source>
        <translation>Vorgemerkt: zurück zum Standard %1 (jetzt %2). Erst beim Anwenden gesendet.</translation>
    </message>
    <message>
        <source>Queued: %1 (now %2). Not sent until you apply.</source>
        <translation>Vorgemerkt: %1 (jetzt %2). Erst beim Anwenden gesendet.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Override: %1</translation>
    </message>
    <message>
        <source>No override: pipelines use the default.</source>
        <translation>Kein Override: Pipelines verwenden den Standard.</translation>
    </message>
    <message>
        <source>Reset %1 to its default, %2</source>
        <translation>%1 auf den Standard %2 zurücksetzen</translation>
    </message>
    <message>
        <source>It is also older than the default (%1 &lt; %2).</source>
        <translation>Er ist außerdem älter als der Standard (%1 &lt; %2).</translation>
    </message>
    <message>
        <source>Queued: %1 → %2. Nothing is sent until you apply.</source>
        <translation>Vorgemerkt: %1 → %2. Nichts wird gesendet, bis Sie anwenden.</translation>
    </message>
    <message>
        <source>Queued: reset %1 to the default %2. Nothing is sent until you apply.</source>
        <translation>Vorgemerkt: %1 auf den Standard %2 zurücksetzen. Nichts wird gesendet, bis Sie anwenden.</translation>
    </message>
    <message>
        <source>Override is older than the default (%1 &lt; %2)</source>
        <translation>Override ist älter als der Standard (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>Override is newer than the default (%1 &gt; %2)</source>
        <translation>Override ist neuer als der Standard (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>Harness lists this override as deprecated (%1; the default is %2)</source>
        <translation>Harness führt diesen Override als veraltet (%1; der Standard ist %2)</translation>
    </message>
    <message>
        <source>Overridden from another repository: %1</source>
        <translation>Aus einem anderen Repository überschrieben: %1</translation>
    </message>
    <message>
        <source>Overridden: pipelines use %1 instead of %2</source>
        <translation>Überschrieben: Pipelines verwenden %1 statt %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>The image field, with its key in the API</source>
        <translation>Das Image-Feld, mit seinem Schlüssel in der API</translation>
    </message>
    <message>
        <source>The image repository pipelines pull from</source>
        <translation>Das Image-Repository, aus dem Pipelines ziehen</translation>
    </message>
    <message>
        <source>The tag Harness uses by default</source>
        <translation>Der Tag, den Harness standardmäßig verwendet</translation>
    </message>
    <message>
        <source>This account&apos;s override; double-click or press F2 to edit</source>
        <translation>Der Override dieses Kontos; zum Bearbeiten doppelklicken oder F2 drücken</translation>
    </message>
    <message>
        <source>How the override compares with the default</source>
        <translation>Wie sich der Override zum Standard verhält</translation>
    </message>
    <message>
        <source>Reset a field to its default</source>
        <translation>Ein Feld auf seinen Standard zurücksetzen</translation>
    </message>
    <message>
        <source>%1 · release not checked</source>
        <translation>%1 · Release nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Discard the queued change of %1</source>
        <translation>Die vorgemerkte Änderung von %1 verwerfen</translation>
    </message>
    <message>
        <source>Read-only: the server sent %1, which is not an image reference. It is shown as the server sent it and never sent back.</source>
        <translation>Schreibgeschützt: Der Server hat %1 gesendet, was keine Image-Referenz ist. Es wird so angezeigt, wie der Server es gesendet hat, und nie zurückgesendet.</translation>
    </message>
    <message>
        <source>An empty override is stored; Harness treats it as none, so pipelines use the default.</source>
        <translation>Ein leerer Override ist gespeichert; Harness behandelt ihn wie keinen, daher verwenden Pipelines den Standard.</translation>
    </message>
    <message>
        <source>Discard the queued reset: %1 keeps its override %2</source>
        <translation>Vorgemerktes Zurücksetzen verwerfen: %1 behält seinen Override %2</translation>
    </message>
    <message>
        <source>Discard this edit: %1 stays on its default</source>
        <translation>Diese Bearbeitung verwerfen: %1 bleibt auf seinem Standard</translation>
    </message>
    <message>
        <source>Remove the empty override stored for %1</source>
        <translation>Den für %1 gespeicherten leeren Override entfernen</translation>
    </message>
    <message>
        <source>Release not checked: the image&apos;s tags are not known (yet), so whether Harness still supports this release is not known.</source>
        <translation>Release nicht geprüft: Die Tags des Images sind (noch) nicht bekannt, daher ist unbekannt, ob Harness dieses Release noch unterstützt.</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>Er ist neuer als der Standard von Harness, %1.</translation>
    </message>
</context>
<context>
    <name>hci::ConfigView</name>
    <message>
        <source>Image fields</source>
        <translation>Image-Felder</translation>
    </message>
    <message>
        <source>One row per image field: default and override side by side. Type or press F2 to edit a row&apos;s override; Delete resets it to the default.</source>
        <translation>Eine Zeile pro Image-Feld: Standard und Override nebeneinander. Tippen oder F2 drücken, um den Override einer Zeile zu bearbeiten; Entf setzt sie auf den Standard zurück.</translation>
    </message>
</context>
<context>
    <name>hci::ConflictDialog</name>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n field(s) on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server&apos;s value and drop your change.</source>
        <translation>
            <numerusform>Jemand hat %n Feld auf dem Server geändert, nachdem Sie es geladen haben. Haken Sie ein Feld an, um Ihre Änderung trotzdem zu senden; lassen Sie es frei, um den Wert des Servers zu behalten und Ihre Änderung zu verwerfen.</numerusform>
            <numerusform>Jemand hat %n Felder auf dem Server geändert, nachdem Sie sie geladen haben. Haken Sie ein Feld an, um Ihre Änderung trotzdem zu senden; lassen Sie es frei, um den Wert des Servers zu behalten und Ihre Änderung zu verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Beim Laden</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Tick a field to overwrite the server&apos;s value with yours</source>
        <translation>Haken Sie ein Feld an, um den Wert des Servers mit Ihrem zu überschreiben</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>(reset to default)</source>
        <translation>(auf Standard zurücksetzen)</translation>
    </message>
    <message>
        <source>Tick to overwrite the server&apos;s value with yours</source>
        <translation>Anhaken, um den Wert des Servers mit Ihrem zu überschreiben</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Send the ticked changes and the ones without a conflict</source>
        <translation>Die angehakten Änderungen und die ohne Konflikt senden</translation>
    </message>
    <message>
        <source>Cancel the apply</source>
        <translation>Anwenden abbrechen</translation>
    </message>
    <message>
        <source>Send nothing; your changes stay queued</source>
        <translation>Nichts senden; Ihre Änderungen bleiben vorgemerkt</translation>
    </message>
</context>
<context>
    <name>hci::Connection</name>
    <message>
        <source>Prod1 (app.harness.io)</source>
        <translation>Prod1 (app.harness.io)</translation>
    </message>
    <message>
        <source>Prod2 (app.harness.io)</source>
        <translation>Prod2 (app.harness.io)</translation>
    </message>
    <message>
        <source>Prod3 (app3.harness.io)</source>
        <translation>Prod3 (app3.harness.io)</translation>
    </message>
    <message>
        <source>Prod0 (accounts.harness.io)</source>
        <translation>Prod0 (accounts.harness.io)</translation>
    </message>
    <message>
        <source>Prod4 (accounts.harness.io)</source>
        <translation>Prod4 (accounts.harness.io)</translation>
    </message>
    <message>
        <source>EU (accounts.eu.harness.io)</source>
        <translation>EU (accounts.eu.harness.io)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Enter the address of the Harness server.</source>
        <translation>Geben Sie die Adresse des Harness-Servers ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>Mit http:// ginge der API-Schlüssel unverschlüsselt über das Netz; verwenden Sie https:// (http:// ist nur zu diesem Computer erlaubt).</translation>
    </message>
</context>
<context>
    <name>hci::Envelope</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>Die Antwort hatte keinen Inhalt.</translation>
    </message>
    <message>
        <source>The answer is an HTML page.</source>
        <translation>Die Antwort ist eine HTML-Seite.</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>JSON-Fehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot; text.</source>
        <translation>Die Antwort hat keinen &quot;status&quot;-Text.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>SUCCESS with HTTP status %1.</source>
        <translation>SUCCESS mit HTTP-Status %1.</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot;.</source>
        <translation>Die Antwort hat keine &quot;data&quot;.</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object of images.</source>
        <translation>&quot;data&quot; ist kein Objekt mit Images.</translation>
    </message>
</context>
<context>
    <name>hci::FieldCatalog</name>
    <message>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Runs each step&apos;s container inside the Kubernetes build pod.</source>
        <translation>Führt den Container jedes Schritts im Kubernetes-Build-Pod aus.</translation>
    </message>
    <message>
        <source>Lite engine</source>
        <translation>Lite Engine</translation>
    </message>
    <message>
        <source>Orchestrates the steps of a stage in the Kubernetes build pod.</source>
        <translation>Steuert die Schritte einer Stage im Kubernetes-Build-Pod.</translation>
    </message>
    <message>
        <source>Add-on (rootless)</source>
        <translation>Add-on (rootless)</translation>
    </message>
    <message>
        <source>The add-on for pods that must not run as root.</source>
        <translation>Das Add-on für Pods, die nicht als root laufen dürfen.</translation>
    </message>
    <message>
        <source>Lite engine (rootless)</source>
        <translation>Lite Engine (rootless)</translation>
    </message>
    <message>
        <source>The lite engine for pods that must not run as root.</source>
        <translation>Die Lite Engine für Pods, die nicht als root laufen dürfen.</translation>
    </message>
    <message>
        <source>Git clone</source>
        <translation>Git-Clone</translation>
    </message>
    <message>
        <source>Clones the pipeline&apos;s repository before the first step.</source>
        <translation>Klont das Repository der Pipeline vor dem ersten Schritt.</translation>
    </message>
    <message>
        <source>Docker registry</source>
        <translation>Docker-Registry</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to a Docker registry.</source>
        <translation>Baut ein Image mit kaniko und pusht es in eine Docker-Registry.</translation>
    </message>
    <message>
        <source>Amazon ECR</source>
        <translation>Amazon ECR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Amazon ECR.</source>
        <translation>Baut ein Image mit kaniko und pusht es nach Amazon ECR.</translation>
    </message>
    <message>
        <source>Azure ACR</source>
        <translation>Azure ACR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Azure Container Registry.</source>
        <translation>Baut ein Image mit kaniko und pusht es in die Azure Container Registry.</translation>
    </message>
    <message>
        <source>Google GCR</source>
        <translation>Google GCR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Container Registry.</source>
        <translation>Baut ein Image mit kaniko und pusht es in die Google Container Registry.</translation>
    </message>
    <message>
        <source>Google GAR</source>
        <translation>Google GAR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Artifact Registry.</source>
        <translation>Baut ein Image mit kaniko und pusht es in die Google Artifact Registry.</translation>
    </message>
    <message>
        <source>Docker registry (buildx)</source>
        <translation>Docker-Registry (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to a Docker registry.</source>
        <translation>Baut ein Image mit Docker buildx und pusht es in eine Docker-Registry.</translation>
    </message>
    <message>
        <source>Amazon ECR (buildx)</source>
        <translation>Amazon ECR (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Amazon ECR.</source>
        <translation>Baut ein Image mit Docker buildx und pusht es nach Amazon ECR.</translation>
    </message>
    <message>
        <source>Google GAR (buildx)</source>
        <translation>Google GAR (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Google Artifact Registry.</source>
        <translation>Baut ein Image mit Docker buildx und pusht es in die Google Artifact Registry.</translation>
    </message>
    <message>
        <source>Azure ACR (buildx)</source>
        <translation>Azure ACR (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Azure Container Registry.</source>
        <translation>Baut ein Image mit Docker buildx und pusht es in die Azure Container Registry.</translation>
    </message>
    <message>
        <source>Upload to GCS</source>
        <translation>Upload nach GCS</translation>
    </message>
    <message>
        <source>Uploads files to a Google Cloud Storage bucket.</source>
        <translation>Lädt Dateien in einen Google-Cloud-Storage-Bucket hoch.</translation>
    </message>
    <message>
        <source>Upload to S3</source>
        <translation>Upload nach S3</translation>
    </message>
    <message>
        <source>Uploads files to an Amazon S3 bucket.</source>
        <translation>Lädt Dateien in einen Amazon-S3-Bucket hoch.</translation>
    </message>
    <message>
        <source>Upload to Artifactory</source>
        <translation>Upload nach Artifactory</translation>
    </message>
    <message>
        <source>Uploads files to a JFrog Artifactory repository.</source>
        <translation>Lädt Dateien in ein JFrog-Artifactory-Repository hoch.</translation>
    </message>
    <message>
        <source>Cache in GCS</source>
        <translation>Cache in GCS</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Google Cloud Storage.</source>
        <translation>Sichert und stellt Build-Caches in Google Cloud Storage wieder her.</translation>
    </message>
    <message>
        <source>Cache in S3</source>
        <translation>Cache in S3</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Amazon S3.</source>
        <translation>Sichert und stellt Build-Caches in Amazon S3 wieder her.</translation>
    </message>
    <message>
        <source>Cache proxy</source>
        <translation>Cache-Proxy</translation>
    </message>
    <message>
        <source>Serves Harness Cache Intelligence to the build.</source>
        <translation>Stellt dem Build Harness Cache Intelligence bereit.</translation>
    </message>
    <message>
        <source>Cache in Azure</source>
        <translation>Cache in Azure</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Azure Blob Storage (newer servers).</source>
        <translation>Sichert und stellt Build-Caches in Azure Blob Storage wieder her (neuere Server).</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Saves and restores build caches (newer servers).</source>
        <translation>Sichert und stellt Build-Caches wieder her (neuere Server).</translation>
    </message>
    <message>
        <source>Security tests</source>
        <translation>Sicherheitstests</translation>
    </message>
    <message>
        <source>Runs Security Testing Orchestration scanners.</source>
        <translation>Führt Scanner der Security Testing Orchestration aus.</translation>
    </message>
    <message>
        <source>SBOM orchestration</source>
        <translation>SBOM-Orchestrierung</translation>
    </message>
    <message>
        <source>Generates a software bill of materials for an artifact.</source>
        <translation>Erstellt eine Software-Stückliste (SBOM) für ein Artefakt.</translation>
    </message>
    <message>
        <source>SBOM policy enforcement</source>
        <translation>SBOM-Richtlinienprüfung</translation>
    </message>
    <message>
        <source>Checks an artifact&apos;s SBOM against policies.</source>
        <translation>Prüft die SBOM eines Artefakts gegen Richtlinien.</translation>
    </message>
    <message>
        <source>Artifact signing</source>
        <translation>Artefakt-Signierung</translation>
    </message>
    <message>
        <source>Signs built artifacts.</source>
        <translation>Signiert gebaute Artefakte.</translation>
    </message>
    <message>
        <source>Artifact verification</source>
        <translation>Artefakt-Verifizierung</translation>
    </message>
    <message>
        <source>Verifies the signatures of artifacts.</source>
        <translation>Prüft die Signaturen von Artefakten.</translation>
    </message>
    <message>
        <source>SBOM with cdxgen</source>
        <translation>SBOM mit cdxgen</translation>
    </message>
    <message>
        <source>Generates a CycloneDX SBOM with cdxgen.</source>
        <translation>Erstellt mit cdxgen eine CycloneDX-SBOM.</translation>
    </message>
    <message>
        <source>SLSA provenance</source>
        <translation>SLSA-Provenienz</translation>
    </message>
    <message>
        <source>Generates SLSA provenance for built images.</source>
        <translation>Erstellt SLSA-Provenienz für gebaute Images.</translation>
    </message>
    <message>
        <source>SLSA verification</source>
        <translation>SLSA-Verifizierung</translation>
    </message>
    <message>
        <source>Verifies the SLSA provenance of an image.</source>
        <translation>Prüft die SLSA-Provenienz eines Images.</translation>
    </message>
    <message>
        <source>Supply chain compliance</source>
        <translation>Lieferketten-Compliance</translation>
    </message>
    <message>
        <source>Checks a repository against supply chain compliance rules.</source>
        <translation>Prüft ein Repository gegen Compliance-Regeln für die Lieferkette.</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Runs Terraform plans and applies.</source>
        <translation>Führt Terraform-Plans und -Applys aus.</translation>
    </message>
    <message>
        <source>Terragrunt</source>
        <translation>Terragrunt</translation>
    </message>
    <message>
        <source>Runs Terragrunt plans and applies.</source>
        <translation>Führt Terragrunt-Plans und -Applys aus.</translation>
    </message>
    <message>
        <source>Ansible</source>
        <translation>Ansible</translation>
    </message>
    <message>
        <source>Runs Ansible playbooks.</source>
        <translation>Führt Ansible-Playbooks aus.</translation>
    </message>
    <message>
        <source>OpenTofu</source>
        <translation>OpenTofu</translation>
    </message>
    <message>
        <source>Runs OpenTofu plans and applies.</source>
        <translation>Führt OpenTofu-Plans und -Applys aus.</translation>
    </message>
    <message>
        <source>Checkov</source>
        <translation>Checkov</translation>
    </message>
    <message>
        <source>Scans infrastructure code with Checkov.</source>
        <translation>Scannt Infrastruktur-Code mit Checkov.</translation>
    </message>
    <message>
        <source>terraform-compliance</source>
        <translation>terraform-compliance</translation>
    </message>
    <message>
        <source>Tests Terraform plans against compliance rules.</source>
        <translation>Testet Terraform-Plans gegen Compliance-Regeln.</translation>
    </message>
    <message>
        <source>TFLint</source>
        <translation>TFLint</translation>
    </message>
    <message>
        <source>Lints Terraform code with TFLint.</source>
        <translation>Prüft Terraform-Code mit TFLint.</translation>
    </message>
    <message>
        <source>tfsec</source>
        <translation>tfsec</translation>
    </message>
    <message>
        <source>Scans Terraform code for security problems with tfsec.</source>
        <translation>Durchsucht Terraform-Code mit tfsec nach Sicherheitsproblemen.</translation>
    </message>
    <message>
        <source>Module tests</source>
        <translation>Modultests</translation>
    </message>
    <message>
        <source>Runs the tests of a Terraform module.</source>
        <translation>Führt die Tests eines Terraform-Moduls aus.</translation>
    </message>
    <message>
        <source>Cookiecutter</source>
        <translation>Cookiecutter</translation>
    </message>
    <message>
        <source>Creates a project from a Cookiecutter template.</source>
        <translation>Erstellt ein Projekt aus einer Cookiecutter-Vorlage.</translation>
    </message>
    <message>
        <source>Create repository</source>
        <translation>Repository erstellen</translation>
    </message>
    <message>
        <source>Creates a Git repository for a new service.</source>
        <translation>Erstellt ein Git-Repository für einen neuen Service.</translation>
    </message>
    <message>
        <source>Direct push</source>
        <translation>Direkter Push</translation>
    </message>
    <message>
        <source>Pushes generated code straight to a repository.</source>
        <translation>Pusht generierten Code direkt in ein Repository.</translation>
    </message>
    <message>
        <source>Register in catalog</source>
        <translation>Im Katalog registrieren</translation>
    </message>
    <message>
        <source>Registers a service in the IDP software catalog.</source>
        <translation>Registriert einen Service im IDP-Softwarekatalog.</translation>
    </message>
    <message>
        <source>Create catalog entry</source>
        <translation>Katalogeintrag erstellen</translation>
    </message>
    <message>
        <source>Writes a catalog-info file for a new service.</source>
        <translation>Schreibt eine catalog-info-Datei für einen neuen Service.</translation>
    </message>
    <message>
        <source>Slack notification</source>
        <translation>Slack-Benachrichtigung</translation>
    </message>
    <message>
        <source>Posts a message to Slack.</source>
        <translation>Sendet eine Nachricht an Slack.</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>Creates a Harness organization.</source>
        <translation>Erstellt eine Harness-Organisation.</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Projekt erstellen</translation>
    </message>
    <message>
        <source>Creates a Harness project.</source>
        <translation>Erstellt ein Harness-Projekt.</translation>
    </message>
    <message>
        <source>Create resource</source>
        <translation>Ressource erstellen</translation>
    </message>
    <message>
        <source>Creates a Harness resource from a definition.</source>
        <translation>Erstellt eine Harness-Ressource aus einer Definition.</translation>
    </message>
    <message>
        <source>Update catalog property</source>
        <translation>Katalogeigenschaft aktualisieren</translation>
    </message>
    <message>
        <source>Changes a property of a catalog entry.</source>
        <translation>Ändert eine Eigenschaft eines Katalogeintrags.</translation>
    </message>
    <message>
        <source>A field this version of the app does not know yet.</source>
        <translation>Ein Feld, das diese Version der App noch nicht kennt.</translation>
    </message>
    <message>
        <source>CI core</source>
        <translation>CI-Kern</translation>
    </message>
    <message>
        <source>Build and push</source>
        <translation>Build und Push</translation>
    </message>
    <message>
        <source>Build and push with buildx</source>
        <translation>Build und Push mit buildx</translation>
    </message>
    <message>
        <source>Upload and cache</source>
        <translation>Upload und Cache</translation>
    </message>
    <message>
        <source>Security and supply chain</source>
        <translation>Sicherheit und Lieferkette</translation>
    </message>
    <message>
        <source>IaCM</source>
        <translation>IaCM</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>hci::FieldRules</name>
    <message>
        <source>This row holds a rootless image, but %1 is not a rootless tag: pipelines that run without root would get the image that needs root.</source>
        <translation>Diese Zeile enthält ein rootless-Image, aber %1 ist kein rootless-Tag: Pipelines, die ohne root laufen, würden das Image erhalten, das root braucht.</translation>
    </message>
    <message>
        <source>%1 is version %2, but %3 is %4: Harness ships the add-on and the lite engine together, with the same version.</source>
        <translation>%1 hat Version %2, aber %3 hat %4: Harness liefert Add-on und Lite Engine zusammen mit derselben Version aus.</translation>
    </message>
</context>
<context>
    <name>hci::HarnessClient</name>
    <message>
        <source>&quot;data&quot; is not true.</source>
        <translation>&quot;data&quot; ist nicht true.</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>Die Serveradresse ist ungültig.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>Mit http:// ginge der API-Schlüssel unverschlüsselt über das Netz; verwenden Sie https:// (http:// ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The account ID is missing.</source>
        <translation>Die Konto-ID fehlt.</translation>
    </message>
    <message>
        <source>The account ID contains spaces or symbols.</source>
        <translation>Die Konto-ID enthält Leer- oder Sonderzeichen.</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>Der API-Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste it again.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>No connection is set up.</source>
        <translation>Es ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>More than %1 bytes; the download was stopped.</source>
        <translation>Mehr als %1 Bytes; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Redirect to %1 was not followed.</source>
        <translation>Der Umleitung nach %1 wurde nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>hci::HistoryWindow</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Revert this apply…</source>
        <translation>Diese Anwendung &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>History of applies — Harness CI Images</source>
        <translation>Verlauf der Anwendungen — Harness CI Images</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>All infrastructures</source>
        <translation>Alle Infrastrukturen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Fields of the selected apply</source>
        <translation>Felder der ausgewählten Anwendung</translation>
    </message>
    <message>
        <source>Save the selected apply, one line per field, as a CSV file</source>
        <translation>Die ausgewählte Anwendung als CSV-Datei speichern, eine Zeile pro Feld</translation>
    </message>
    <message>
        <source>Queue the changes that undo this apply; you review them before anything is sent</source>
        <translation>Die Änderungen vormerken, die diese Anwendung rückgängig machen; Sie prüfen sie, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n confirmed</source>
        <translation>
            <numerusform>%1 von %n bestätigt</numerusform>
            <numerusform>%1 von %n bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No applies recorded yet for this choice.</source>
        <translation>Für diese Auswahl sind noch keine Anwendungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Apply %1 from the %2 · correlation IDs: %3</source>
        <translation>Anwendung %1 aus %2 · Korrelations-IDs: %3</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>der Befehlszeile</translation>
    </message>
    <message>
        <source>window</source>
        <translation>dem Fenster</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Export the apply as CSV</source>
        <translation>Anwendung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Select an apply first.</source>
        <translation>Wählen Sie zuerst eine Anwendung aus.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>hci::ImageReference</name>
    <message>
        <source>The registry address &quot;%1&quot; has an unclosed bracket.</source>
        <translation>Die Registry-Adresse „%1“ hat eine nicht geschlossene Klammer.</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is not valid.</source>
        <translation>Die Registry-Adresse „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The registry &quot;%1&quot; has a colon but no port number.</source>
        <translation>Die Registry „%1“ hat einen Doppelpunkt, aber keine Portnummer.</translation>
    </message>
    <message>
        <source>The registry host &quot;%1&quot; is not a valid host name.</source>
        <translation>Der Registry-Host „%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The registry port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Registry-Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The image name has an empty part between slashes.</source>
        <translation>Der Image-Name hat einen leeren Teil zwischen Schrägstrichen.</translation>
    </message>
    <message>
        <source>Image names must be lower case: &quot;%1&quot;.</source>
        <translation>Image-Namen müssen kleingeschrieben sein: „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name part: use lower-case letters, digits and single separators (., _, __ or -) between them.</source>
        <translation>„%1“ ist kein gültiger Teil eines Image-Namens: Verwenden Sie Kleinbuchstaben, Ziffern und dazwischen einzelne Trennzeichen (., _, __ oder -).</translation>
    </message>
    <message>
        <source>The tag after the colon is empty.</source>
        <translation>Der Tag nach dem Doppelpunkt ist leer.</translation>
    </message>
    <message>
        <source>The tag is longer than 128 characters.</source>
        <translation>Der Tag ist länger als 128 Zeichen.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Der Tag „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;, nicht am Anfang &apos;.&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is not valid: it should look like sha256:&lt;64 hex digits&gt;.</source>
        <translation>Der Digest „%1“ ist ungültig: Er sollte wie sha256:&lt;64 Hex-Ziffern&gt; aussehen.</translation>
    </message>
    <message>
        <source>The %1 digest has the wrong length.</source>
        <translation>Der %1-Digest hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The image reference is empty.</source>
        <translation>Die Image-Referenz ist leer.</translation>
    </message>
    <message>
        <source>The image reference contains a space.</source>
        <translation>Die Image-Referenz enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The image reference has no image name.</source>
        <translation>Die Image-Referenz hat keinen Image-Namen.</translation>
    </message>
    <message>
        <source>The image name is longer than %1 characters.</source>
        <translation>Der Image-Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The image reference names a registry but no image.</source>
        <translation>Die Image-Referenz nennt eine Registry, aber kein Image.</translation>
    </message>
</context>
<context>
    <name>hci::JournalRestoreBar</name>
    <message>
        <source>%1: reset to the default</source>
        <translation>%1: auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;unchanged only</source>
        <translation>Nur &amp;unveränderte wiederherstellen</translation>
    </message>
    <message>
        <source>Dis&amp;card them</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Queue these edits again; nothing is sent until you apply</source>
        <translation>Diese Bearbeitungen erneut vormerken; nichts wird gesendet, bis Sie anwenden</translation>
    </message>
    <message>
        <source>Queue only the edits of fields the server has not changed since</source>
        <translation>Nur die Bearbeitungen von Feldern vormerken, die der Server seitdem nicht geändert hat</translation>
    </message>
    <message>
        <source>Forget these edits</source>
        <translation>Diese Bearbeitungen vergessen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) queued here on %1 were not applied before the app stopped.</source>
        <translation>
            <numerusform>%n hier auf %1 vorgemerkte Bearbeitung wurde nicht angewendet, bevor die App beendet wurde.</numerusform>
            <numerusform>%n hier auf %1 vorgemerkte Bearbeitungen wurden nicht angewendet, bevor die App beendet wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>  (changed on the server since)</source>
        <translation>  (seitdem auf dem Server geändert)</translation>
    </message>
    <message numerus="yes">
        <source>The server changed %n of these field(s) since: restoring would overwrite %1.</source>
        <translation>
            <numerusform>Der Server hat seitdem %n dieser Felder geändert: Wiederherstellen würde %1 überschreiben.</numerusform>
            <numerusform>Der Server hat seitdem %n dieser Felder geändert: Wiederherstellen würde %1 überschreiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::LocalStore</name>
    <message>
        <source>The folder for the local store, %1, cannot be created. Queued edits and the history are kept for this run only.</source>
        <translation>Der Ordner für den lokalen Speicher, %1, kann nicht erstellt werden. Vorgemerkte Bearbeitungen und der Verlauf bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of this app and is left as it is. Queued edits and the history are kept for this run only.</source>
        <translation>Der lokale Speicher %1 wurde von einer neueren Version dieser App geschrieben und bleibt unverändert. Vorgemerkte Bearbeitungen und der Verlauf bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <source>The local store %1 cannot be opened (%2) nor moved aside. Queued edits and the history are kept for this run only.</source>
        <translation>Der lokale Speicher %1 kann weder geöffnet (%2) noch beiseitegelegt werden. Vorgemerkte Bearbeitungen und der Verlauf bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <source>The local store %1 could not be opened (%2) and a new one could not be started either. The old file is now %3. Queued edits and the history are kept for this run only.</source>
        <translation>Der lokale Speicher %1 konnte nicht geöffnet werden (%2), und auch ein neuer konnte nicht angelegt werden. Die alte Datei ist jetzt %3. Vorgemerkte Bearbeitungen und der Verlauf bleiben nur für diese Sitzung erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The local store could not be read (%1), so it was moved to %2 and a new one was started. %n queued edit(s) were carried over from it.</source>
        <translation>
            <numerusform>Der lokale Speicher konnte nicht gelesen werden (%1), daher wurde er nach %2 verschoben und ein neuer angelegt. %n vorgemerkte Bearbeitung wurde daraus übernommen.</numerusform>
            <numerusform>Der lokale Speicher konnte nicht gelesen werden (%1), daher wurde er nach %2 verschoben und ein neuer angelegt. %n vorgemerkte Bearbeitungen wurden daraus übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>Write-Ahead-Logging ist nicht verfügbar</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>Schemaschritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot rename it</source>
        <translation>kann nicht umbenannt werden</translation>
    </message>
</context>
<context>
    <name>hci::MainWindow</name>
    <message>
        <source>Harness CI Images</source>
        <translation>Harness CI Images</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Add, edit, test and open connection profiles</source>
        <translation>Verbindungsprofile hinzufügen, bearbeiten, testen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the defaults and overrides again (F5)</source>
        <translation>Standards und Overrides neu lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Queue a reset to the default for every overridden field</source>
        <translation>Für jedes überschriebene Feld ein Zurücksetzen auf den Standard vormerken</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Which module&apos;s images to show: CI, IaCM or IDP</source>
        <translation>Die Images welches Moduls angezeigt werden: CI, IaCM oder IDP</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Which build infrastructure&apos;s images to show: Kubernetes or VMs</source>
        <translation>Die Images welcher Build-Infrastruktur angezeigt werden: Kubernetes oder VMs</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;Infrastructure:</source>
        <translation>&amp;Infrastruktur:</translation>
    </message>
    <message>
        <source>Filter by field, image or tag (Ctrl+F)</source>
        <translation>Nach Feld, Image oder Tag filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show &amp;overrides only</source>
        <translation>Nur &amp;Overrides zeigen</translation>
    </message>
    <message>
        <source>Hide the fields that use Harness&apos;s default image</source>
        <translation>Felder ausblenden, die das Standard-Image von Harness verwenden</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Beschäftigt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy or limiting requests. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness ist ausgelastet oder begrenzt Anfragen. Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Harness ist ausgelastet oder begrenzt Anfragen. Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s); the server confirmed each one.</source>
        <translation>
            <numerusform>%n Änderung angewendet; der Server hat sie bestätigt.</numerusform>
            <numerusform>%n Änderungen angewendet; der Server hat jede bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Apply the queued changes before closing?</source>
        <translation>Die vorgemerkten Änderungen vor dem Schließen anwenden?</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to %1 on %2?</source>
        <translation>Die vorgemerkten Änderungen anwenden, bevor zu %1 auf %2 gewechselt wird?</translation>
    </message>
    <message>
        <source>Apply the queued changes before refreshing?</source>
        <translation>Die vorgemerkten Änderungen vor dem Aktualisieren anwenden?</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Queue a reset to the default for all %n overridden field(s) of %1 on %2? Nothing is sent until you apply.</source>
        <translation>
            <numerusform>Für das %n überschriebene Feld von %1 auf %2 ein Zurücksetzen auf den Standard vormerken? Nichts wird gesendet, bis Sie anwenden.</numerusform>
            <numerusform>Für alle %n überschriebenen Felder von %1 auf %2 ein Zurücksetzen auf den Standard vormerken? Nichts wird gesendet, bis Sie anwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n field(s) to their defaults</source>
        <translation>
            <numerusform>%n Feld auf Standard zurücksetzen</numerusform>
            <numerusform>%n Felder auf Standard zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the images. %1</source>
        <translation>Die Images konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Could not refresh; showing what was loaded before. %1</source>
        <translation>Aktualisieren nicht möglich; angezeigt wird der vorher geladene Stand. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued. %1</source>
        <translation>
            <numerusform>%n Änderung wurde nicht übernommen und ist weiter vorgemerkt. %1</numerusform>
            <numerusform>%n Änderungen wurden nicht übernommen und sind weiter vorgemerkt. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Vorgemerkte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are queued and not sent yet.</source>
        <translation>
            <numerusform>%n Änderung ist vorgemerkt und noch nicht gesendet.</numerusform>
            <numerusform>%n Änderungen sind vorgemerkt und noch nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Anwenden (%n)</numerusform>
            <numerusform>Anwenden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the queued changes and send them (Ctrl+Return)</source>
        <translation>Die vorgemerkten Änderungen prüfen und senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>Konto %1 auf %2</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Harness CI Images</source>
        <translation>Ü&amp;ber Harness CI Images</translation>
    </message>
    <message>
        <source>About Harness CI Images</source>
        <translation>Über Harness CI Images</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts</source>
        <translation>Wirkt beim nächsten Start der App</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Harness CI Images will speak %1 the next time it starts.</source>
        <translation>Harness CI Images spricht beim nächsten Start %1.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Keys kept in memory for this run</source>
        <translation>Schlüssel für diese Sitzung im Speicher</translation>
    </message>
    <message>
        <source>No keychain was available, so API keys are not saved: they are forgotten when the app quits.</source>
        <translation>Es war kein Schlüsselbund verfügbar, daher werden API-Schlüssel nicht gespeichert: Beim Beenden der App sind sie vergessen.</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to another profile?</source>
        <translation>Die vorgemerkten Änderungen anwenden, bevor zu einem anderen Profil gewechselt wird?</translation>
    </message>
    <message>
        <source>Cannot open the Environment profile: %1</source>
        <translation>Das Umgebungsprofil kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading the key of “%1”…</source>
        <translation>Schlüssel von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>„%1“ kann nicht geöffnet werden. %2</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1 (Konto %2 auf %3)</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — Harness CI Images</source>
        <translation>PRODUKTION — %1 — Harness CI Images</translation>
    </message>
    <message>
        <source>%1 — Harness CI Images</source>
        <translation>%1 — Harness CI Images</translation>
    </message>
    <message>
        <source>Tags are looked up on the mirror without its password. %1</source>
        <translation>Tags werden ohne das Passwort des Spiegels abgefragt. %1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drop every queued change without sending it</source>
        <translation>Alle vorgemerkten Änderungen verwerfen, ohne sie zu senden</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Show overrides only</source>
        <translation>Nur Overrides anzeigen</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; open another account once it has settled.</source>
        <translation>Ein Anwenden auf %1 läuft noch; öffnen Sie ein anderes Konto, sobald es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>An apply is still running; switch the module or infrastructure once it has settled.</source>
        <translation>Ein Anwenden läuft noch; wechseln Sie Modul oder Infrastruktur, sobald es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>An apply is still running; its read-back refreshes the table when it has settled.</source>
        <translation>Ein Anwenden läuft noch; sein Zurücklesen aktualisiert die Tabelle, sobald es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Loading stopped; showing what was loaded before.</source>
        <translation>Laden abgebrochen; angezeigt wird der zuvor geladene Stand.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the server; nothing has been sent yet</source>
        <translation>Nicht mehr auf den Server warten; es wurde noch nichts gesendet</translation>
    </message>
    <message>
        <source>Cancel reading from the server</source>
        <translation>Lesen vom Server abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Apply cancelled before anything was sent; the %n change(s) stay queued.</source>
        <translation>
            <numerusform>Anwenden abgebrochen, bevor etwas gesendet wurde; die %n Änderung bleibt vorgemerkt.</numerusform>
            <numerusform>Anwenden abgebrochen, bevor etwas gesendet wurde; die %n Änderungen bleiben vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another window&apos;s apply to this account to finish: Harness saves one document per account, so writes go one at a time.</source>
        <translation>Warten, bis das Anwenden eines anderen Fensters auf dieses Konto fertig ist: Harness speichert ein Dokument pro Konto, daher erfolgen Schreibvorgänge nacheinander.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n change(s) one at a time to find the ones Harness refuses…</source>
        <translation>
            <numerusform>Die %n Änderung wird einzeln gesendet, um die von Harness abgelehnte zu finden…</numerusform>
            <numerusform>Die %n Änderungen werden einzeln gesendet, um die von Harness abgelehnten zu finden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued.</source>
        <translation>
            <numerusform>%n Änderung wurde nicht übernommen und ist weiter vorgemerkt.</numerusform>
            <numerusform>%n Änderungen wurden nicht übernommen und sind weiter vorgemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness answered with its generic internal error, which it also gives when one field is not accepted on %1; it names no field and saved nothing of that request. Send its %n change(s) one at a time to find the refused ones? Those Harness accepts are saved.</source>
        <translation>
            <numerusform>Harness hat mit seinem allgemeinen internen Fehler geantwortet, den es auch meldet, wenn ein Feld auf %1 nicht akzeptiert wird; es nennt kein Feld und hat nichts von dieser Anfrage gespeichert. Die %n Änderung einzeln senden, um die abgelehnte zu finden? Was Harness akzeptiert, wird gespeichert.</numerusform>
            <numerusform>Harness hat mit seinem allgemeinen internen Fehler geantwortet, den es auch meldet, wenn ein Feld auf %1 nicht akzeptiert wird; es nennt kein Feld und hat nichts von dieser Anfrage gespeichert. Die %n Änderungen einzeln senden, um die abgelehnten zu finden? Was Harness akzeptiert, wird gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Harness refuses %1 on %2: a request with that field alone got its generic internal error, and nothing of it was saved.</source>
        <translation>Harness lehnt %1 auf %2 ab: Eine Anfrage nur mit diesem Feld erhielt den allgemeinen internen Fehler, und nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>Find the refused fields</source>
        <translation>Abgelehnte Felder finden</translation>
    </message>
    <message>
        <source>Send each change of the refused request on its own, one after another, then read back</source>
        <translation>Jede Änderung der abgelehnten Anfrage einzeln nacheinander senden, dann zurücklesen</translation>
    </message>
    <message numerus="yes">
        <source>Sent one at a time, every change took (%n in all); the server confirmed each one.</source>
        <translation>
            <numerusform>Einzeln gesendet wurde jede Änderung übernommen (%n insgesamt); der Server hat jede bestätigt.</numerusform>
            <numerusform>Einzeln gesendet wurde jede Änderung übernommen (%n insgesamt); der Server hat jede bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses %n field(s) on %1, which stay queued: %2.</source>
        <translation>
            <numerusform>Harness lehnt %n Feld auf %1 ab, das vorgemerkt bleibt: %2.</numerusform>
            <numerusform>Harness lehnt %n Felder auf %1 ab, die vorgemerkt bleiben: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) took.</source>
        <translation>
            <numerusform>Die übrige %n Änderung wurde übernommen.</numerusform>
            <numerusform>Die übrigen %n Änderungen wurden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Harness refused this change when it was sent alone (HTTP %1, correlation ID %2).</source>
        <translation>Harness hat diese Änderung abgelehnt, als sie einzeln gesendet wurde (HTTP %1, Korrelations-ID %2).</translation>
    </message>
    <message>
        <source>Apply in flight</source>
        <translation>Anwenden läuft</translation>
    </message>
    <message>
        <source>Changes are being sent to %1, and the server has not confirmed them yet.</source>
        <translation>Änderungen werden an %1 gesendet, und der Server hat sie noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Wait, and the window closes once the apply has settled. If you close now, the outcome is unknown: the app checks what took the next time you open this account.</source>
        <translation>Warten Sie, dann schließt sich das Fenster, sobald das Anwenden abgeschlossen ist. Wenn Sie jetzt schließen, ist das Ergebnis unbekannt: Die App prüft beim nächsten Öffnen dieses Kontos, was übernommen wurde.</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Warten</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Trotzdem &amp;schließen</translation>
    </message>
    <message>
        <source>The window closes once the apply to %1 has settled.</source>
        <translation>Das Fenster schließt sich, sobald das Anwenden auf %1 abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of its change(s) took.</source>
        <translation>
            <numerusform>Die App wurde geschlossen, während ein Anwenden auf %1 bei %2 lief (%3); laut Server wurde seine %n Änderung übernommen.</numerusform>
            <numerusform>Die App wurde geschlossen, während ein Anwenden auf %1 bei %2 lief (%3); laut Server wurden alle %n seiner Änderungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); %4 of its changes took, these did not: %5. Queue them again if you still want them.</source>
        <translation>Die App wurde geschlossen, während ein Anwenden auf %1 bei %2 lief (%3); %4 seiner Änderungen wurden übernommen, diese nicht: %5. Merken Sie sie erneut vor, wenn Sie sie noch möchten.</translation>
    </message>
    <message>
        <source>Edit &amp;override…</source>
        <translation>&amp;Override bearbeiten…</translation>
    </message>
    <message>
        <source>Type a new image for the selected field (F2)</source>
        <translation>Ein neues Image für das ausgewählte Feld eingeben (F2)</translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>Alle Felder anzeigen</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>No field matches “%1”.</source>
        <translation>Kein Feld passt zu „%1“.</translation>
    </message>
    <message>
        <source>No field is overridden here: every field uses Harness&apos;s default image.</source>
        <translation>Hier ist kein Feld überschrieben: Jedes Feld verwendet das Standard-Image von Harness.</translation>
    </message>
    <message>
        <source>Open the profile to enter a new API key</source>
        <translation>Das Profil öffnen, um einen neuen API-Schlüssel einzugeben</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n field(s) read-only</source>
        <translation>
            <numerusform>%1 · %n Feld schreibgeschützt</numerusform>
            <numerusform>%1 · %n Felder schreibgeschützt</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent values that are not image references for: %1. They show as the server sent them and are never changed or sent back.</source>
        <translation>Der Server hat für diese Felder Werte gesendet, die keine Image-Referenzen sind: %1. Sie werden so angezeigt, wie der Server sie gesendet hat, und nie geändert oder zurückgesendet.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Mirror to a registry…</source>
        <translation>In eine Registry spie&amp;geln…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now point at the mirror. Review and apply them when the images are copied.</source>
        <translation>
            <numerusform>%n Feld zeigt jetzt auf den Mirror. Prüfen Sie es und wenden Sie es an, sobald die Images kopiert sind.</numerusform>
            <numerusform>%n Felder zeigen jetzt auf den Mirror. Prüfen Sie sie und wenden Sie sie an, sobald die Images kopiert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Open an account first: the comparison starts from what this window shows.</source>
        <translation>Öffnen Sie zuerst ein Konto: Der Vergleich geht von dem aus, was dieses Fenster zeigt.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;See and change the container images Harness CI runs pipelines with.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Application ID: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;Sehen und ändern Sie die Container-Images, mit denen Harness CI Pipelines ausführt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License, Version 2.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Anwendungs-ID: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; switch to another profile once it has settled.</source>
        <translation>Ein Anwenden auf %1 läuft noch; wechseln Sie zu einem anderen Profil, sobald es abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>hci::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Try the same again</source>
        <translation>Dasselbe noch einmal versuchen</translation>
    </message>
    <message>
        <source>Show what the server answered, with its correlation ID</source>
        <translation>Zeigen, was der Server geantwortet hat, mit seiner Korrelations-ID</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>Empfohlener nächster Schritt</translation>
    </message>
</context>
<context>
    <name>hci::MirrorDialog</name>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>Au&amp;sgewählte Zeile (%n)</numerusform>
            <numerusform>Au&amp;sgewählte Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All rows</source>
        <translation>&amp;Alle Zeilen</translation>
    </message>
    <message>
        <source>Save &amp;copy list…</source>
        <translation>&amp;Kopierliste speichern…</translation>
    </message>
    <message>
        <source>&amp;Queue overrides</source>
        <translation>Overrides &amp;vormerken</translation>
    </message>
    <message>
        <source>Mirror to a registry</source>
        <translation>In eine Registry spiegeln</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>In the mirror</source>
        <translation>Im Mirror</translation>
    </message>
    <message>
        <source>&amp;Target prefix:</source>
        <translation>&amp;Zielpräfix:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Each image is copied under the prefix with its repository path and tag; the fields are then pointed at the copies. Copy the images (the copy list has a skopeo script) before pipelines run with the new overrides.</source>
        <translation>Jedes Image wird mit seinem Repository-Pfad und Tag unter das Präfix kopiert; die Felder zeigen dann auf die Kopien. Kopieren Sie die Images (zur Kopierliste gehört ein skopeo-Skript), bevor Pipelines mit den neuen Overrides laufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before applying.</source>
        <translation>
            <numerusform>%n Image ist noch nicht im Mirror: Kopieren Sie es vor dem Anwenden.</numerusform>
            <numerusform>%n Images sind noch nicht im Mirror: Kopieren Sie sie vor dem Anwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be checked: %1</source>
        <translation>
            <numerusform>%n Image konnte nicht geprüft werden: %1</numerusform>
            <numerusform>%n Images konnten nicht geprüft werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mirror holds every image these fields would use.</source>
        <translation>Der Mirror enthält jedes Image, das diese Felder verwenden würden.</translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>Kein Feld, das auf den Mirror zeigen könnte.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: copy it first</source>
        <translation>nein: zuerst kopieren</translation>
    </message>
    <message>
        <source>Saved the copy list to %1 and its skopeo script to %2.</source>
        <translation>Kopierliste in %1 und ihr skopeo-Skript in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save Copy List</source>
        <translation>Kopierliste speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not queued:</source>
        <translation>Nicht vorgemerkt:</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPlan</name>
    <message>
        <source>There is no field &quot;%1&quot; here.</source>
        <translation>Hier gibt es kein Feld „%1“.</translation>
    </message>
    <message>
        <source>%1 is read-only: it is not mirrored.</source>
        <translation>%1 ist schreibgeschützt: Es wird nicht gespiegelt.</translation>
    </message>
    <message>
        <source>%1 has no image to mirror.</source>
        <translation>%1 hat kein Image zum Spiegeln.</translation>
    </message>
    <message>
        <source>%1 already uses the mirror: %2</source>
        <translation>%1 verwendet bereits den Mirror: %2</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; cannot be mirrored: %3</source>
        <translation>%1 = &quot;%2&quot; kann nicht gespiegelt werden: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Point %n field(s) at the mirror %1</source>
        <translation>
            <numerusform>%n Feld auf den Mirror %1 umstellen</numerusform>
            <numerusform>%n Felder auf den Mirror %1 umstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPrefix</name>
    <message>
        <source>Enter the mirror&apos;s registry and path, for example artifactory.example.com/harness-mirror.</source>
        <translation>Geben Sie Registry und Pfad des Mirrors ein, zum Beispiel artifactory.example.com/harness-mirror.</translation>
    </message>
    <message>
        <source>Leave out the scheme: enter the registry host and path, for example artifactory.example.com/harness-mirror.</source>
        <translation>Lassen Sie das Schema weg: Geben Sie Registry-Host und Pfad ein, zum Beispiel artifactory.example.com/harness-mirror.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: %2</source>
        <translation>„%1“ ist kein Registry-Pfad: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a registry host: name one with a dot or a port, for example registry.example.com/%1 or localhost:5000/%1.</source>
        <translation>„%1“ beginnt nicht mit einem Registry-Host: Geben Sie einen mit Punkt oder Port an, zum Beispiel registry.example.com/%1 oder localhost:5000/%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: leave out tags and digests.</source>
        <translation>„%1“ ist kein Registry-Pfad: Lassen Sie Tags und Digests weg.</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPresence</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>hci::Module</name>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>IaCM</source>
        <translation>IaCM</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
</context>
<context>
    <name>hci::OtherScope</name>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>„%1“ kann nicht geöffnet werden. %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n field(s)</source>
        <translation>
            <numerusform>%n Feld kopieren</numerusform>
            <numerusform>%n Felder kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 ist schreibgeschützt: Der Server hat einen Wert gesendet, den diese App nicht bearbeitet.</translation>
    </message>
</context>
<context>
    <name>hci::OverrideEditor</name>
    <message>
        <source>Empty resets to the default</source>
        <translation>Leer setzt auf den Standard zurück</translation>
    </message>
    <message>
        <source>Empty resets the field to its default</source>
        <translation>Leer setzt das Feld auf den Standard zurück</translation>
    </message>
    <message>
        <source>Sets %1</source>
        <translation>Setzt %1</translation>
    </message>
</context>
<context>
    <name>hci::OverridesFile</name>
    <message>
        <source>It is not JSON: %1 at character %2.</source>
        <translation>Die Datei ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>It names no format; an exported file says &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Die Datei nennt kein Format; eine exportierte Datei enthält &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Its format is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Das Format ist &quot;%1&quot;, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>It has no &quot;scopes&quot; array.</source>
        <translation>Die Datei hat kein &quot;scopes&quot;-Array.</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>%1: needs &quot;module&quot; (ci, iacm or idp) and &quot;infra&quot; (K8 or VM).</source>
        <translation>%1: braucht &quot;module&quot; (ci, iacm oder idp) und &quot;infra&quot; (K8 oder VM).</translation>
    </message>
    <message>
        <source>%1: %2 is in the file twice.</source>
        <translation>%1: %2 steht zweimal in der Datei.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;overrides&quot; is not an object of field names and images.</source>
        <translation>%1 (%2): &quot;overrides&quot; ist kein Objekt aus Feldnamen und Images.</translation>
    </message>
    <message>
        <source>%1: %2 is not an image reference.</source>
        <translation>%1: %2 ist keine Image-Referenz.</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot;: %4</source>
        <translation>%1: %2 = &quot;%3&quot;: %4</translation>
    </message>
</context>
<context>
    <name>hci::OverridesFileActions</name>
    <message>
        <source>Overrides file (*.json)</source>
        <translation>Override-Datei (*.json)</translation>
    </message>
    <message>
        <source>Terraform (*.tf)</source>
        <translation>Terraform (*.tf)</translation>
    </message>
    <message>
        <source>&amp;Export overrides…</source>
        <translation>Overrides &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import overrides…</source>
        <translation>Overrides &amp;importieren…</translation>
    </message>
    <message>
        <source>Write the overrides to a JSON or Terraform file; the API key stays out</source>
        <translation>Die Overrides in eine JSON- oder Terraform-Datei schreiben; der API-Schlüssel bleibt außen vor</translation>
    </message>
    <message>
        <source>Queue the overrides of an exported file here; nothing is sent before the review</source>
        <translation>Die Overrides einer exportierten Datei hier vormerken; vor der Prüfung wird nichts gesendet</translation>
    </message>
    <message>
        <source>Export overrides</source>
        <translation>Overrides exportieren</translation>
    </message>
    <message>
        <source>Import overrides</source>
        <translation>Overrides importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Export the overrides of %1 only, or of every module and infrastructure?</source>
        <translation>Nur die Overrides von %1 exportieren oder die aller Module und Infrastrukturen?</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nothing was written: another account was opened while the overrides were read.</source>
        <translation>Nichts geschrieben: Während die Overrides gelesen wurden, wurde ein anderes Konto geöffnet.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 could not be read.</source>
        <translation>Nichts geschrieben: %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s) to %1.</source>
        <translation>
            <numerusform>%n Override nach %1 exportiert.</numerusform>
            <numerusform>%n Overrides nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was queued.</source>
        <translation>%1 kann nicht importiert werden; nichts wurde vorgemerkt.</translation>
    </message>
    <message>
        <source>This file was exported from account %1, and this window is open on account %2. Queue its overrides here?</source>
        <translation>Diese Datei wurde aus Konto %1 exportiert, und dieses Fenster ist auf Konto %2 geöffnet. Ihre Overrides hier vormerken?</translation>
    </message>
    <message>
        <source>&amp;Queue here</source>
        <translation>Hier &amp;vormerken</translation>
    </message>
    <message>
        <source>Not imported, because this window shows %1: %2. Switch to each and import the file again.</source>
        <translation>Nicht importiert, da dieses Fenster %1 zeigt: %2. Wechseln Sie jeweils dorthin und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file has no overrides for %1; nothing was queued.</source>
        <translation>Die Datei enthält keine Overrides für %1; nichts wurde vorgemerkt.</translation>
    </message>
    <message>
        <source>An apply is in progress; import the file once it is done.</source>
        <translation>Ein Anwenden läuft gerade; importieren Sie die Datei, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>Not queued, because %1 does not list them on this account: %2.</source>
        <translation>Nicht vorgemerkt, da %1 sie für dieses Konto nicht aufführt: %2.</translation>
    </message>
    <message>
        <source>The overrides of %1 already equal the file&apos;s: nothing to change.</source>
        <translation>Die Overrides von %1 entsprechen bereits denen der Datei: nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued from the file; nothing is sent until you apply.</source>
        <translation>
            <numerusform>%n Änderung aus der Datei vorgemerkt; nichts wird gesendet, bis Sie anwenden.</numerusform>
            <numerusform>%n Änderungen aus der Datei vorgemerkt; nichts wird gesendet, bis Sie anwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::OverridesImport</name>
    <message>
        <source>Import overrides</source>
        <translation>Overrides importieren</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>hci::Profile</name>
    <message>
        <source>Environment (HARNESS_API_KEY)</source>
        <translation>Umgebung (HARNESS_API_KEY)</translation>
    </message>
    <message>
        <source>HARNESS_BASE_URL cannot be used: %1</source>
        <translation>HARNESS_BASE_URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Set HARNESS_ACCOUNT_ID: the key in HARNESS_API_KEY does not name an account.</source>
        <translation>Setzen Sie HARNESS_ACCOUNT_ID: Der Schlüssel in HARNESS_API_KEY nennt kein Konto.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the account ID (it fills itself in from a pat. or sat. key).</source>
        <translation>Geben Sie die Konto-ID ein (bei einem pat.- oder sat.-Schlüssel wird sie automatisch übernommen).</translation>
    </message>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>Sandbox (eingebaut)</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>Unbenanntes Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>hci::ProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Keep the key in &amp;memory for this run</source>
        <translation>Schlüssel für diese Sitzung im Speicher &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — PRODUKTION</translation>
    </message>
    <message>
        <source>New profile (not saved)</source>
        <translation>Neues Profil (nicht gespeichert)</translation>
    </message>
    <message>
        <source>The sandbox is a Harness-compatible server inside this app, on 127.0.0.1, with the documented default images and a few demo overrides. Nothing leaves this computer, and its changes are forgotten when the app quits.</source>
        <translation>Die Sandbox ist ein Harness-kompatibler Server in dieser App, auf 127.0.0.1, mit den dokumentierten Standard-Images und einigen Demo-Overrides. Nichts verlässt diesen Computer, und ihre Änderungen sind beim Beenden der App vergessen.</translation>
    </message>
    <message>
        <source>From the environment: HARNESS_API_KEY, with HARNESS_ACCOUNT_ID and HARNESS_BASE_URL when set. Account %1 on %2. Used for this run as it is and never stored; change the variables to change it.</source>
        <translation>Aus der Umgebung: HARNESS_API_KEY, dazu HARNESS_ACCOUNT_ID und HARNESS_BASE_URL, falls gesetzt. Konto %1 auf %2. Wird für diese Sitzung so verwendet und nie gespeichert; ändern Sie die Variablen, um es zu ändern.</translation>
    </message>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>Geben Sie den API-Schlüssel für dieses Profil ein.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <source>The profile is saved, but its key is not.</source>
        <translation>Das Profil ist gespeichert, sein Schlüssel aber nicht.</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is kept in memory for this run only.</source>
        <translation>„%1“ gespeichert. Sein Schlüssel wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is in the system keychain.</source>
        <translation>„%1“ gespeichert. Sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Made “%1”; the original had no key to copy, so enter one.</source>
        <translation>„%1“ angelegt; das Original hatte keinen Schlüssel zum Kopieren, geben Sie also einen ein.</translation>
    </message>
    <message>
        <source>Made “%1”, but its key could not be copied.</source>
        <translation>„%1“ angelegt, aber sein Schlüssel konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its API key is removed from the system keychain too.</source>
        <translation>Sein API-Schlüssel wird auch aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleted “%1” and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden gelöscht.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Der Schlüsselbund meldet: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The built-in sandbox, the environment&apos;s key when set, and your profiles</source>
        <translation>Die eingebaute Sandbox, der Schlüssel aus der Umgebung, falls gesetzt, und Ihre Profile</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>Ein neues Profil beginnen</translation>
    </message>
    <message>
        <source>Copy the selected profile and its key under a new name</source>
        <translation>Das gewählte Profil samt Schlüssel unter neuem Namen kopieren</translation>
    </message>
    <message>
        <source>Delete the selected profile and remove its key from the keychain</source>
        <translation>Das gewählte Profil löschen und seinen Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Use keys without saving them for the rest of this run; they are forgotten when the app quits</source>
        <translation>Schlüssel für den Rest dieser Sitzung ohne Speichern verwenden; beim Beenden der App sind sie vergessen</translation>
    </message>
    <message>
        <source>Try the keychain again, e.g. after starting or unlocking it</source>
        <translation>Den Schlüsselbund erneut versuchen, z. B. nachdem er gestartet oder entsperrt wurde</translation>
    </message>
    <message>
        <source>Save the profile; a typed key goes to the system keychain</source>
        <translation>Das Profil speichern; ein eingegebener Schlüssel kommt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Save any changes and open the selected profile</source>
        <translation>Alle Änderungen speichern und das gewählte Profil öffnen</translation>
    </message>
    <message>
        <source>Close this window; unsaved changes are asked about first</source>
        <translation>Dieses Fenster schließen; bei ungespeicherten Änderungen wird vorher gefragt</translation>
    </message>
    <message>
        <source>The mirror password was not saved. %1</source>
        <translation>Das Passwort des Spiegels wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saves the changes first, then opens this profile</source>
        <translation>Speichert zuerst die Änderungen und öffnet dann dieses Profil</translation>
    </message>
    <message>
        <source>Open the selected profile</source>
        <translation>Das ausgewählte Profil öffnen</translation>
    </message>
</context>
<context>
    <name>hci::ProfileEditing</name>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>Geben Sie den API-Schlüssel für dieses Profil ein.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>hci::ProfileForm</name>
    <message>
        <source>This is a &amp;production account</source>
        <translation>Dies ist ein &amp;Produktionskonto</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>https://harness.example.com</source>
        <translation>https://harness.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Filled in from a pat. or sat. key</source>
        <translation>Wird aus einem pat.- oder sat.-Schlüssel übernommen</translation>
    </message>
    <message>
        <source>API key (X-API-KEY header)</source>
        <translation>API-Schlüssel (Header X-API-KEY)</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer-Token (Header Authorization)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>A red PRODUCTION marker shows in the toolbar, the title and every apply review while this profile is open.</source>
        <translation>Solange dieses Profil offen ist, zeigen die Werkzeugleiste, der Titel und jede Prüfung vor dem Anwenden eine rote PRODUKTION-Markierung.</translation>
    </message>
    <message>
        <source>Read the default images once with these settings and this key</source>
        <translation>Die Standard-Images einmal mit diesen Einstellungen und diesem Schlüssel lesen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>This key belongs to account %1, not %2: Harness will refuse it.</source>
        <translation>Dieser Schlüssel gehört zum Konto %1, nicht zu %2: Harness wird ihn ablehnen.</translation>
    </message>
    <message>
        <source>Filled in from the key.</source>
        <translation>Aus dem Schlüssel übernommen.</translation>
    </message>
    <message>
        <source>Saved in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>Im Schlüsselbund des Systems gespeichert. Leer lassen, um ihn zu behalten, oder einen neuen Schlüssel eingeben, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Kept in memory for this run only. Type a new key to replace it.</source>
        <translation>Nur für diese Sitzung im Speicher. Geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Paste a Harness API key (pat.… or sat.…). It is saved in the system keychain only.</source>
        <translation>Fügen Sie einen Harness-API-Schlüssel ein (pat.… oder sat.…). Er wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>pat.… or sat.…</source>
        <translation>pat.… oder sat.…</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>•••••••• (gespeichert)</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Geben Sie den API-Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: account %1 on %2 sent %n default image(s).</source>
        <translation>
            <numerusform>Verbunden: Konto %1 auf %2 hat %n Standard-Image gesendet.</numerusform>
            <numerusform>Verbunden: Konto %1 auf %2 hat %n Standard-Images gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile switcher and the window title show</source>
        <translation>Der Name, den der Profilwechsler und der Fenstertitel zeigen</translation>
    </message>
    <message>
        <source>The Harness cluster of the account; Custom URL for a vanity host or the Self-Managed Platform</source>
        <translation>Der Harness-Cluster des Kontos; „Eigene URL“ für einen eigenen Hostnamen oder die Self-Managed Platform</translation>
    </message>
    <message>
        <source>The address of the Harness server; /gateway is added when missing</source>
        <translation>Die Adresse des Harness-Servers; /gateway wird ergänzt, wenn es fehlt</translation>
    </message>
    <message>
        <source>A Harness API key or token; it is kept in the system keychain, never in a file</source>
        <translation>Ein Harness-API-Schlüssel oder -Token; er liegt im Schlüsselbund des Systems, nie in einer Datei</translation>
    </message>
    <message>
        <source>The Harness account ID, sent with every request</source>
        <translation>Die Harness-Konto-ID, die mit jeder Anfrage gesendet wird</translation>
    </message>
    <message>
        <source>How the key is sent: as an API key (the usual way), or as a Bearer token</source>
        <translation>Wie der Schlüssel gesendet wird: als API-Schlüssel (üblich) oder als Bearer-Token</translation>
    </message>
    <message>
        <source>The colour of this profile&apos;s marker in the toolbar</source>
        <translation>Die Farbe der Markierung dieses Profils in der Werkzeugleiste</translation>
    </message>
    <message>
        <source>Cluste&amp;r:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <source>Registry mirror for Harness images</source>
        <translation>Registry-Spiegel für Harness-Images</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub</source>
        <translation>Die Tags der Harness-Images (harness/*, plugins/*) in dieser Registry statt auf Docker Hub nachschlagen, z. B. mirror.example.com oder mirror.example.com:5000/dockerhub</translation>
    </message>
    <message>
        <source>A user name for a private mirror; leave empty when it needs none</source>
        <translation>Ein Benutzername für einen privaten Spiegel; leer lassen, wenn er keinen braucht</translation>
    </message>
    <message>
        <source>Mirror password</source>
        <translation>Passwort des Spiegels</translation>
    </message>
    <message>
        <source>The mirror&apos;s password or access token; it is kept in the system keychain, never in a file. Leave empty to keep the stored one.</source>
        <translation>Das Passwort oder Zugriffstoken des Spiegels; es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Leer lassen, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>Mirror pass&amp;word:</source>
        <translation>Spiegel-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Registry mirror: %1</source>
        <translation>Registry-Spiegel: %1</translation>
    </message>
    <message>
        <source>Registr&amp;y mirror:</source>
        <translation>Re&amp;gistry-Spiegel:</translation>
    </message>
    <message>
        <source>User &amp;for the mirror:</source>
        <translation>Spiegel-B&amp;enutzer:</translation>
    </message>
    <message>
        <source>Registry mirror sign-in…</source>
        <translation>Anmeldung am Registry-Mirror…</translation>
    </message>
    <message>
        <source>A user name and password for a private mirror; leave it folded when the mirror needs none</source>
        <translation>Benutzername und Passwort für einen privaten Mirror; zugeklappt lassen, wenn der Mirror keine braucht</translation>
    </message>
</context>
<context>
    <name>hci::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Switch to another connection profile</source>
        <translation>Zu einem anderen Verbindungsprofil wechseln</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Profil wählen…</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>PRODUKTION · %1</translation>
    </message>
    <message>
        <source>Production account on %1</source>
        <translation>Produktionskonto auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1: a production account, changes here affect real pipelines.</source>
        <translation>%1: ein Produktionskonto, Änderungen hier wirken sich auf echte Pipelines aus.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>hci::RegistryClient</name>
    <message>
        <source>the next page is on %1</source>
        <translation>die nächste Seite liegt auf %1</translation>
    </message>
</context>
<context>
    <name>hci::RegistryError</name>
    <message>
        <source>The registry</source>
        <translation>Die Registry</translation>
    </message>
    <message>
        <source>This is not an image reference the registry can be asked about.</source>
        <translation>Dies ist keine Image-Referenz, nach der die Registry gefragt werden kann.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 war nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate was not trusted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen; sein Zertifikat war nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>%1 refused the lookup: the image is private, or the credentials for it are wrong.</source>
        <translation>%1 hat die Abfrage abgelehnt: Das Image ist privat, oder die Zugangsdaten dafür sind falsch.</translation>
    </message>
    <message>
        <source>%1 has no such image.</source>
        <translation>%1 hat kein solches Image.</translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 begrenzt Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1 sent more than the app reads.</source>
        <translation>%1 hat mehr gesendet, als die App liest.</translation>
    </message>
    <message>
        <source>%1 sent the lookup elsewhere; it was not followed.</source>
        <translation>%1 hat die Abfrage anderswohin umgeleitet; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was not asked: registry lookups stay on this computer (HARNESS_CI_IMAGES_OFFLINE is set).</source>
        <translation>%1 wurde nicht gefragt: Registry-Abfragen bleiben auf diesem Computer (HARNESS_CI_IMAGES_OFFLINE ist gesetzt).</translation>
    </message>
</context>
<context>
    <name>hci::RegistryLocation</name>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
</context>
<context>
    <name>hci::RegistryMirror</name>
    <message>
        <source>&quot;%1&quot; is not a registry host: name one such as mirror.example.com.</source>
        <translation>„%1“ ist kein Registry-Host: Geben Sie einen an, etwa mirror.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>Einfaches http:// ist nur zu diesem Computer erlaubt; verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>hci::SandboxLoader</name>
    <message>
        <source>The module %1 cannot be loaded: %2</source>
        <translation>Das Modul %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The module %1 belongs to another version of the app; reinstall the app.</source>
        <translation>Das Modul %1 gehört zu einer anderen Version der App; installieren Sie die App neu.</translation>
    </message>
    <message>
        <source>The module %1 is not installed (looked in %2); reinstall the app.</source>
        <translation>Das Modul %1 ist nicht installiert (gesucht in %2); installieren Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>hci::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>Auf 127.0.0.1 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: it may be in use.</source>
        <translation>Auf 127.0.0.1 Port %1 kann nicht gelauscht werden: Er ist vielleicht belegt.</translation>
    </message>
    <message>
        <source>The API key, the read-only key and the key without rights must differ.</source>
        <translation>Der API-Schlüssel, der Nur-Lese-Schlüssel und der Schlüssel ohne Rechte müssen sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>hci::SecretStore</name>
    <message>
        <source>The API key could not be read from the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>No API key is stored for this profile. Open Profiles…, enter the key and save.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert. Öffnen Sie „Profile…“, geben Sie den Schlüssel ein und speichern Sie.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example in Passwords and Keys, or KWallet Manager) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“ oder in der KWallet-Verwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Try again, and allow Harness CI Images when the keychain asks.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Versuchen Sie es erneut und erlauben Sie Harness CI Images den Zugriff, wenn der Schlüsselbund fragt.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Check that gnome-keyring or KWallet is running and unlocked and try again, or keep the key in memory for this run only.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Prüfen Sie, ob gnome-keyring oder KWallet läuft und entsperrt ist, und versuchen Sie es erneut, oder behalten Sie den Schlüssel nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>No keychain is running in this session. Start gnome-keyring (GNOME and most desktops) or KWallet (KDE) and try again; or keep the key in memory for this run only, or set HARNESS_API_KEY before starting the app.</source>
        <translation>In dieser Sitzung läuft kein Schlüsselbund. Starten Sie gnome-keyring (GNOME und die meisten Desktops) oder KWallet (KDE) und versuchen Sie es erneut; oder behalten Sie den Schlüssel nur für diese Sitzung im Speicher, oder setzen Sie HARNESS_API_KEY vor dem Start der App.</translation>
    </message>
</context>
<context>
    <name>hci::ServerQuirks</name>
    <message>
        <source>Harness lists %1 for %2, but refuses to change it there: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness führt %1 für %2 auf, lehnt aber Änderungen daran dort ab: Ein Aktualisieren oder Zurücksetzen schlägt mit einem allgemeinen Serverfehler fehl, und auch sonst wird nichts aus dieser Anfrage gespeichert.</translation>
    </message>
    <message>
        <source>Harness refuses to change %1 for %2: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness lehnt Änderungen an %1 für %2 ab: Ein Aktualisieren oder Zurücksetzen schlägt mit einem allgemeinen Serverfehler fehl, und auch sonst wird nichts aus dieser Anfrage gespeichert.</translation>
    </message>
</context>
<context>
    <name>hci::SinceLastLookPanel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Sho&amp;w these rows</source>
        <translation>Diese Zeilen aus&amp;wählen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Select the rows that changed in the table</source>
        <translation>Die geänderten Zeilen in der Tabelle auswählen</translation>
    </message>
    <message>
        <source>Hide this summary; it does not come back for the same change</source>
        <translation>Diese Zusammenfassung ausblenden; für dieselbe Änderung erscheint sie nicht wieder</translation>
    </message>
    <message>
        <source>Changed on the server since you last looked (%1):</source>
        <translation>Seit Ihrem letzten Blick auf dem Server geändert (%1):</translation>
    </message>
    <message numerus="yes">
        <source>Harness changed %n default(s):</source>
        <translation>
            <numerusform>Harness hat %n Standard geändert:</numerusform>
            <numerusform>Harness hat %n Standards geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>  • %1: %2 → %3</source>
        <translation>  • %1: %2 → %3</translation>
    </message>
    <message>
        <source> (your override %1 is no longer supported)</source>
        <translation> (Ihr Override %1 wird nicht mehr unterstützt)</translation>
    </message>
    <message>
        <source> (your override %1 is now behind)</source>
        <translation> (Ihr Override %1 liegt jetzt zurück)</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) changed outside this app:</source>
        <translation>
            <numerusform>%n Override außerhalb dieser App geändert:</numerusform>
            <numerusform>%n Overrides außerhalb dieser App geändert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::TagCompleter</name>
    <message>
        <source>Tags of the image</source>
        <translation>Tags des Images</translation>
    </message>
    <message>
        <source>Looking up the tags of %1…</source>
        <translation>Tags von %1 werden abgefragt…</translation>
    </message>
    <message>
        <source>%1 has no tag &quot;%2&quot; in its registry; the apply will ask you to confirm it.</source>
        <translation>%1 hat keinen Tag „%2“ in seiner Registry; beim Anwenden werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>It is older than the default, %1.</source>
        <translation>Er ist älter als der Standard, %1.</translation>
    </message>
    <message>
        <source>No tag list: tags are not looked up here</source>
        <translation>Keine Tag-Liste: Tags werden hier nicht abgefragt</translation>
    </message>
    <message>
        <source>Type a tag or a full reference.</source>
        <translation>Geben Sie einen Tag oder eine vollständige Referenz ein.</translation>
    </message>
    <message>
        <source>No tag list yet: still looking</source>
        <translation>Noch keine Tag-Liste: Suche läuft</translation>
    </message>
    <message>
        <source>No tag list: registry out of reach</source>
        <translation>Keine Tag-Liste: Registry nicht erreichbar</translation>
    </message>
    <message>
        <source>The registry of %1 could not be reached: %2 Type a tag; it is still accepted.</source>
        <translation>Die Registry von %1 war nicht erreichbar: %2 Geben Sie einen Tag ein; er wird trotzdem angenommen.</translation>
    </message>
    <message>
        <source>No tag list: the registry has no tags</source>
        <translation>Keine Tag-Liste: Die Registry hat keine Tags</translation>
    </message>
    <message>
        <source>The registry lists no tags for %1.</source>
        <translation>Die Registry führt keine Tags für %1 auf.</translation>
    </message>
    <message>
        <source>Tags unknown. A typed tag is still accepted.</source>
        <translation>Tags unbekannt. Ein eingegebener Tag wird trotzdem angenommen.</translation>
    </message>
    <message>
        <source>The tags of %1 could not be looked up: %2</source>
        <translation>Die Tags von %1 konnten nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>Er ist dem Harness-Standard %1 voraus.</translation>
    </message>
</context>
<context>
    <name>hci::TagTexts</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>newest release</source>
        <translation>neuestes Release</translation>
    </message>
    <message>
        <source>supported (latest-1)</source>
        <translation>unterstützt (neuestes−1)</translation>
    </message>
    <message>
        <source>supported (latest-2)</source>
        <translation>unterstützt (neuestes−2)</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>neuestes</translation>
    </message>
    <message>
        <source>supported (latest)</source>
        <translation>unterstützt (neuestes)</translation>
    </message>
    <message>
        <source>outside the supported window</source>
        <translation>außerhalb des unterstützten Bereichs</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>rootless</source>
        <translation>rootless</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n release(s) behind Harness&apos;s current release, %2: Harness supports the latest three releases of the add-on and the lite engine (%3); older ones get a warning in Harness.</source>
        <translation>
            <numerusform>%1 liegt %n Release hinter dem aktuellen Release von Harness, %2: Harness unterstützt die neuesten drei Releases des Add-ons und der Lite Engine (%3); ältere erhalten in Harness eine Warnung.</numerusform>
            <numerusform>%1 liegt %n Releases hinter dem aktuellen Release von Harness, %2: Harness unterstützt die neuesten drei Releases des Add-ons und der Lite Engine (%3); ältere erhalten in Harness eine Warnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A newer release exists: %1 (%2 is %n release(s) behind it). This image is updated as needed; no support window applies.</source>
        <translation>
            <numerusform>Es gibt ein neueres Release: %1 (%2 liegt %n Release dahinter). Dieses Image wird nach Bedarf aktualisiert; es gilt kein Supportzeitraum.</numerusform>
            <numerusform>Es gibt ein neueres Release: %1 (%2 liegt %n Releases dahinter). Dieses Image wird nach Bedarf aktualisiert; es gilt kein Supportzeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of default</source>
        <translation>dem Standard voraus</translation>
    </message>
</context>
<context>
    <name>hci::WelcomePanel</name>
    <message>
        <source>See and change the images Harness CI runs your pipelines with</source>
        <translation>Die Images einsehen und ändern, mit denen Harness CI Ihre Pipelines ausführt</translation>
    </message>
    <message>
        <source>Harness&apos;s default images and your account&apos;s overrides, side by side. Edit a cell to queue a change, review it, and apply it with one click.</source>
        <translation>Die Standard-Images von Harness und die Overrides Ihres Kontos nebeneinander. Bearbeiten Sie eine Zelle, um eine Änderung vorzumerken, prüfen Sie sie und wenden Sie sie mit einem Klick an.</translation>
    </message>
    <message>
        <source>&amp;Connect to Harness…</source>
        <translation>Mit Harness &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open a Harness account with its URL and an API key</source>
        <translation>Ein Harness-Konto mit seiner URL und einem API-Schlüssel öffnen</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>Sandbox aus&amp;probieren</translation>
    </message>
    <message>
        <source>Start a Harness-compatible server inside the app, with the documented default images, and open it. Nothing leaves this computer.</source>
        <translation>Einen Harness-kompatiblen Server in der App starten, mit den dokumentierten Standard-Images, und ihn öffnen. Nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>hci::cli::CommandLine</name>
    <message>
        <source>Show every field with its default, override and state.</source>
        <translation>Jedes Feld mit Standard, Override und Status anzeigen.</translation>
    </message>
    <message>
        <source>Shows every image field of the module and infrastructure: Harness&apos;s default, the account&apos;s override and the field&apos;s state.</source>
        <translation>Zeigt jedes Image-Feld des Moduls und der Infrastruktur: den Standard von Harness, den Override des Kontos und den Status des Felds.</translation>
    </message>
    <message>
        <source>Show the overridden fields only.</source>
        <translation>Nur die überschriebenen Felder anzeigen.</translation>
    </message>
    <message>
        <source>Shows the fields whose image the account overrides, with the default beside the override.</source>
        <translation>Zeigt die Felder, deren Image das Konto überschreibt, mit dem Standard neben dem Override.</translation>
    </message>
    <message>
        <source>Override fields with other images.</source>
        <translation>Felder mit anderen Images überschreiben.</translation>
    </message>
    <message>
        <source>Overrides each FIELD with the image VALUE: a whole reference (registry/path:tag), or a bare tag, which keeps the repository of the default image. The changes go out in one update, after a check that nobody changed the fields since they were read, and are read back to confirm them.</source>
        <translation>Überschreibt jedes FIELD mit dem Image VALUE: einer vollständigen Referenz (registry/path:tag) oder nur einem Tag, der das Repository des Standard-Images beibehält. Die Änderungen gehen in einem Update hinaus, nachdem geprüft wurde, dass niemand die Felder seit dem Lesen geändert hat, und werden zur Bestätigung zurückgelesen.</translation>
    </message>
    <message>
        <source>Reset fields to Harness&apos;s defaults.</source>
        <translation>Felder auf die Standards von Harness zurücksetzen.</translation>
    </message>
    <message>
        <source>Removes the overrides of the named fields, or of every field with --all, so that Harness&apos;s defaults apply again. The resets go out in one request and are read back to confirm them.</source>
        <translation>Entfernt die Overrides der genannten Felder, oder mit --all aller Felder, sodass wieder die Standards von Harness gelten. Das Zurücksetzen geht in einer Anfrage hinaus und wird zur Bestätigung zurückgelesen.</translation>
    </message>
    <message>
        <source>Write the overrides to a file that apply reads.</source>
        <translation>Die Overrides in eine Datei schreiben, die apply liest.</translation>
    </message>
    <message>
        <source>Writes the overrides of the module and infrastructure, or with --all of every module and infrastructure, as JSON (format harness-ci-images.overrides/1), or with --format terraform as harness_platform_default_images resources for Harness&apos;s Terraform provider. The file never holds a key.</source>
        <translation>Schreibt die Overrides des Moduls und der Infrastruktur, oder mit --all aller Module und Infrastrukturen, als JSON (Format harness-ci-images.overrides/1) oder mit --format terraform als harness_platform_default_images-Ressourcen für den Terraform-Provider von Harness. Die Datei enthält nie einen Schlüssel.</translation>
    </message>
    <message>
        <source>Make the overrides equal to those in an exported file.</source>
        <translation>Die Overrides an die einer exportierten Datei angleichen.</translation>
    </message>
    <message>
        <source>Makes the overrides of every module and infrastructure in FILE (&quot;-&quot; for standard input) equal to the file&apos;s: fields it overrides are updated, other overrides are reset. The plan is printed first. When the file names a field that the account does not have, nothing is sent.</source>
        <translation>Gleicht die Overrides jedes Moduls und jeder Infrastruktur in FILE (&quot;-&quot; für die Standardeingabe) an die der Datei an: Felder, die sie überschreibt, werden aktualisiert, andere Overrides werden zurückgesetzt. Zuerst wird der Plan ausgegeben. Nennt die Datei ein Feld, das das Konto nicht hat, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Point fields at a private mirror of their images.</source>
        <translation>Felder auf einen privaten Mirror ihrer Images umstellen.</translation>
    </message>
    <message>
        <source>Overrides each FIELD (every field when none is named) with its image under PREFIX, a registry host with an optional path (for example artifactory.example.com/harness-mirror): the repository path, tag and digest stay. The plan shows whether the mirror holds each image already. --copy-list FILE writes one &quot;SOURCE TARGET&quot; line per image to FILE and a script of skopeo copy commands to FILE.sh. The overrides are then applied like set.</source>
        <translation>Überschreibt jedes FIELD (jedes Feld, wenn keines genannt ist) mit seinem Image unter PREFIX, einem Registry-Host mit optionalem Pfad (zum Beispiel artifactory.example.com/harness-mirror): Repository-Pfad, Tag und Digest bleiben erhalten. Der Plan zeigt, ob der Mirror jedes Image bereits enthält. --copy-list FILE schreibt pro Image eine Zeile &quot;SOURCE TARGET&quot; nach FILE und ein Skript aus skopeo-copy-Befehlen nach FILE.sh. Die Overrides werden dann wie bei set angewendet.</translation>
    </message>
    <message>
        <source>List the applies made from the window and from this tool.</source>
        <translation>Die Applys aus dem Fenster und aus diesem Tool auflisten.</translation>
    </message>
    <message>
        <source>Lists the applies recorded on this computer, newest first, by the window and by this tool: when, from where, the profile, the module and infrastructure, the changes and how many the server confirmed. Shows those of the account named by --profile, --base-url or --sandbox (and of --module and --infra when given), or with --all every one. Nothing is sent to a server.</source>
        <translation>Listet die auf diesem Computer aufgezeichneten Applys des Fensters und dieses Tools auf, die neuesten zuerst: wann, von wo, Profil, Modul und Infrastruktur, die Änderungen und wie viele davon der Server bestätigt hat. Zeigt die des Kontos, das --profile, --base-url oder --sandbox nennt (und von --module und --infra, falls angegeben), oder mit --all alle. Es wird nichts an einen Server gesendet.</translation>
    </message>
    <message>
        <source>Undo an apply from the history.</source>
        <translation>Ein Apply aus dem Verlauf rückgängig machen.</translation>
    </message>
    <message>
        <source>Sets back what the apply ID (see &quot;history&quot;) changed and the server confirmed: the earlier override, or the default where there was none. Connect to the account of that apply. Fields changed on the server since that apply are named, then set back as asked, as &quot;set&quot; does.</source>
        <translation>Setzt zurück, was das Apply ID (siehe &quot;history&quot;) geändert und der Server bestätigt hat: auf den früheren Override oder, wo es keinen gab, auf den Standard. Verbinden Sie sich mit dem Konto dieses Applys. Felder, die seit diesem Apply auf dem Server geändert wurden, werden genannt und dann wie gewünscht zurückgesetzt, wie bei &quot;set&quot;.</translation>
    </message>
    <message>
        <source>Connect with a saved profile; its key comes from the keychain.</source>
        <translation>Mit einem gespeicherten Profil verbinden; sein Schlüssel kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Connect to this Harness URL with the key in HARNESS_API_KEY.</source>
        <translation>Mit dieser Harness-URL verbinden, mit dem Schlüssel aus HARNESS_API_KEY.</translation>
    </message>
    <message>
        <source>The account ID for --base-url (default: the one the key names).</source>
        <translation>Die Konto-ID für --base-url (Standard: die, die der Schlüssel nennt).</translation>
    </message>
    <message>
        <source>Send the key of --base-url as a Bearer token.</source>
        <translation>Den Schlüssel von --base-url als Bearer-Token senden.</translation>
    </message>
    <message>
        <source>Connect to a sandbox inside this run, with a few demo overrides: for trying the commands. Nothing is kept.</source>
        <translation>Mit einer Sandbox innerhalb dieses Aufrufs verbinden, mit einigen Demo-Overrides: zum Ausprobieren der Befehle. Nichts wird behalten.</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci, iacm oder idp (Standard: ci).</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 oder VM (Standard: K8).</translation>
    </message>
    <message>
        <source>Print no progress; data, warnings and errors only.</source>
        <translation>Keinen Fortschritt ausgeben; nur Daten, Warnungen und Fehler.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Print the plan and the requests as cURL commands (the key as $HARNESS_API_KEY); send no change.</source>
        <translation>Den Plan und die Anfragen als cURL-Befehle ausgeben (den Schlüssel als $HARNESS_API_KEY); keine Änderung senden.</translation>
    </message>
    <message>
        <source>Exit with status 1 when any field is overridden.</source>
        <translation>Mit Status 1 beenden, wenn ein Feld überschrieben ist.</translation>
    </message>
    <message>
        <source>Reset every overridden field.</source>
        <translation>Jedes überschriebene Feld zurücksetzen.</translation>
    </message>
    <message>
        <source>Export every module and infrastructure.</source>
        <translation>Alle Module und Infrastrukturen exportieren.</translation>
    </message>
    <message>
        <source>The file format: json or terraform.</source>
        <translation>Das Dateiformat: json oder terraform.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>With --dry-run: exit with status 1 when the plan is not empty.</source>
        <translation>Mit --dry-run: mit Status 1 beenden, wenn der Plan nicht leer ist.</translation>
    </message>
    <message>
        <source>Write the copy list to FILE and its skopeo script to FILE.sh.</source>
        <translation>Die Kopierliste nach FILE und ihr skopeo-Skript nach FILE.sh schreiben.</translation>
    </message>
    <message>
        <source>Print a JSON array of the applies, each with its id.</source>
        <translation>Ein JSON-Array der Applys ausgeben, jedes mit seiner id.</translation>
    </message>
    <message>
        <source>Show the newest N applies (default: 50).</source>
        <translation>Die neuesten N Applys anzeigen (Standard: 50).</translation>
    </message>
    <message>
        <source>Show the applies of every profile and account.</source>
        <translation>Die Applys aller Profile und Konten anzeigen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>See and change the container images Harness CI runs pipelines with, from a terminal or a pipeline.</source>
        <translation>Die Container-Images, mit denen Harness CI Pipelines ausführt, ansehen und ändern – aus einem Terminal oder einer Pipeline.</translation>
    </message>
    <message>
        <source>Connect with --profile, --base-url or --sandbox. &quot;%1 COMMAND --help&quot; tells more about a command.</source>
        <translation>Verbinden Sie sich mit --profile, --base-url oder --sandbox. &quot;%1 COMMAND --help&quot; erklärt einen Befehl genauer.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der Befehle oben.</translation>
    </message>
    <message>
        <source>See &quot;%1&quot;.</source>
        <translation>Siehe &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--all shows every profile and account; leave out --profile, --base-url and --sandbox.</source>
        <translation>--all zeigt alle Profile und Konten; lassen Sie --profile, --base-url und --sandbox weg.</translation>
    </message>
    <message>
        <source>Say whose applies to show: --profile NAME, --base-url URL, --sandbox, or --all for every one.</source>
        <translation>Geben Sie an, wessen Applys angezeigt werden sollen: --profile NAME, --base-url URL, --sandbox oder --all für alle.</translation>
    </message>
    <message>
        <source>Choose one of --profile, --base-url and --sandbox.</source>
        <translation>Wählen Sie eines von --profile, --base-url und --sandbox.</translation>
    </message>
    <message>
        <source>Say where to connect: --profile NAME, --base-url URL (with the key in HARNESS_API_KEY) or --sandbox.</source>
        <translation>Geben Sie an, wohin verbunden werden soll: --profile NAME, --base-url URL (mit dem Schlüssel in HARNESS_API_KEY) oder --sandbox.</translation>
    </message>
    <message>
        <source>--account and --bearer go with --base-url only.</source>
        <translation>--account und --bearer gehören nur zu --base-url.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile.</source>
        <translation>--profile braucht den Namen eines gespeicherten Profils.</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>Unbekanntes Modul „%1“: Verwenden Sie ci, iacm oder idp.</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>Unbekannte Infrastruktur „%1“: Verwenden Sie K8 oder VM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>&quot;%1&quot; nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Name at least one FIELD=VALUE to set.</source>
        <translation>Nennen Sie mindestens ein FIELD=VALUE zum Setzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>„%1“ ist nicht FIELD=VALUE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value; to go back to the default, use &quot;reset %2&quot;.</source>
        <translation>„%1“ hat keinen Wert; um zum Standard zurückzukehren, verwenden Sie &quot;reset %2&quot;.</translation>
    </message>
    <message>
        <source>Name the fields to reset, or give --all, not both.</source>
        <translation>Nennen Sie die zurückzusetzenden Felder oder geben Sie --all an, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;export&quot; takes no arguments; -o FILE names the file.</source>
        <translation>&quot;export&quot; nimmt keine Argumente; -o FILE nennt die Datei.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use json or terraform.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie json oder terraform.</translation>
    </message>
    <message>
        <source>This version cannot export as %1 yet: use --format json.</source>
        <translation>Diese Version kann noch nicht als %1 exportieren: Verwenden Sie --format json.</translation>
    </message>
    <message>
        <source>-o needs the name of a file.</source>
        <translation>-o braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Name one file to apply (&quot;-&quot; for standard input).</source>
        <translation>Nennen Sie eine Datei zum Anwenden (&quot;-&quot; für die Standardeingabe).</translation>
    </message>
    <message>
        <source>--exit-code goes with --dry-run: it tells whether the plan is empty.</source>
        <translation>--exit-code gehört zu --dry-run: Es zeigt an, ob der Plan leer ist.</translation>
    </message>
    <message>
        <source>Name the mirror&apos;s PREFIX, for example artifactory.example.com/harness-mirror.</source>
        <translation>Nennen Sie das PREFIX des Mirrors, zum Beispiel artifactory.example.com/harness-mirror.</translation>
    </message>
    <message>
        <source>--copy-list needs the name of a file.</source>
        <translation>--copy-list braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>&quot;history&quot; takes no arguments.</source>
        <translation>&quot;history&quot; nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit braucht eine ganze Zahl über 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>Name the ID of one apply to revert (&quot;history&quot; lists them).</source>
        <translation>Nennen Sie die ID eines Applys, das rückgängig gemacht werden soll (&quot;history&quot; listet sie auf).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ID of an apply: &quot;history&quot; lists them.</source>
        <translation>„%1“ ist nicht die ID eines Applys: &quot;history&quot; listet sie auf.</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>Nennen Sie einen Befehl: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation>Unbekannter Befehl „%1“. Die Befehle sind: %2.</translation>
    </message>
</context>
<context>
    <name>hci::cli::ConnectionOpener</name>
    <message>
        <source>Several profiles are named &quot;%1&quot;; rename one in the app, or give the profile&apos;s ID.</source>
        <translation>Mehrere Profile heißen „%1“; benennen Sie eines in der App um oder geben Sie die ID des Profils an.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;: no profile is saved yet. Add one in the app&apos;s profile dialog, or use --base-url with HARNESS_API_KEY.</source>
        <translation>Es gibt kein Profil „%1“: Es ist noch kein Profil gespeichert. Fügen Sie eines im Profildialog der App hinzu oder verwenden Sie --base-url mit HARNESS_API_KEY.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. The saved profiles are: %2.</source>
        <translation>Es gibt kein Profil „%1“. Die gespeicherten Profile sind: %2.</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1 (Konto %2 auf %3)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Das Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be read. %2</source>
        <translation>Der Schlüssel von „%1“ konnte nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>Setzen Sie HARNESS_API_KEY auf den API-Schlüssel, der mit --base-url verwendet werden soll.</translation>
    </message>
    <message>
        <source>Give --account: the key in HARNESS_API_KEY does not name one.</source>
        <translation>Geben Sie --account an: Der Schlüssel in HARNESS_API_KEY nennt kein Konto.</translation>
    </message>
    <message>
        <source>account %1 on %2</source>
        <translation>Konto %1 auf %2</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>a sandbox in this run (account %1 on %2; nothing is kept)</source>
        <translation>eine Sandbox in diesem Aufruf (Konto %1 auf %2; nichts wird behalten)</translation>
    </message>
</context>
<context>
    <name>hci::cli::Console</name>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness ist ausgelastet (%1); neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Harness ist ausgelastet (%1); neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::HistoryListing</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, fehlgeschlagen</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (or several are named so). The window&apos;s profile dialog lists them; --all shows every apply.</source>
        <translation>Es gibt kein Profil „%1“ (oder mehrere heißen so). Der Profildialog des Fensters listet sie auf; --all zeigt alle Applys.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>BESTÄTIGT</translation>
    </message>
</context>
<context>
    <name>hci::cli::Listing</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>same as default</source>
        <translation>wie Standard</translation>
    </message>
    <message>
        <source>behind the default</source>
        <translation>hinter dem Standard</translation>
    </message>
    <message>
        <source>ahead of the default</source>
        <translation>dem Standard voraus</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>override only</source>
        <translation>nur Override</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>reset queued</source>
        <translation>Zurücksetzen vorgemerkt</translation>
    </message>
    <message>
        <source>unsupported release</source>
        <translation>nicht unterstütztes Release</translation>
    </message>
    <message>
        <source>default (empty override stored)</source>
        <translation>Standard (leerer Override gespeichert)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>OVERRIDE</translation>
    </message>
</context>
<context>
    <name>hci::cli::MirrorCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Asking %1 which images it holds already…</source>
        <translation>Frage %1, welche Images bereits vorhanden sind…</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>IN MIRROR</source>
        <translation>IM MIRROR</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no, copy it first</source>
        <translation>nein, zuerst kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the copy list of %n image(s) to %1 and its skopeo script to %2.</source>
        <translation>
            <numerusform>Kopierliste mit %n Image nach %1 und ihr skopeo-Skript nach %2 geschrieben.</numerusform>
            <numerusform>Kopierliste mit %n Images nach %1 und ihr skopeo-Skript nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>Kein Feld zum Umstellen auf den Mirror.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before pipelines use the overrides.</source>
        <translation>
            <numerusform>%n Image ist noch nicht im Mirror: Kopieren Sie es, bevor Pipelines die Overrides verwenden.</numerusform>
            <numerusform>%n Images sind noch nicht im Mirror: Kopieren Sie sie, bevor Pipelines die Overrides verwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::PlanApplier</name>
    <message>
        <source>%1 changed on the server since it was read (now %2); it is set as asked.</source>
        <translation>%1 wurde seit dem Lesen auf dem Server geändert (jetzt %2); es wird wie gewünscht gesetzt.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>%n Zurücksetzung</numerusform>
            <numerusform>%n Zurücksetzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sending %2…</source>
        <translation>%1: Senden von %2…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied and confirmed.</source>
        <translation>
            <numerusform>%1: %n Änderung angewendet und bestätigt.</numerusform>
            <numerusform>%1: %n Änderungen angewendet und bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: Harness refused the changes without saying which field it did not accept (HTTP %2). Sending the %n field(s) one at a time to find out…</source>
        <translation>
            <numerusform>%1: Harness hat die Änderungen abgelehnt, ohne zu sagen, welches Feld es nicht akzeptiert (HTTP %2). Das %n Feld wird einzeln gesendet, um es herauszufinden…</numerusform>
            <numerusform>%1: Harness hat die Änderungen abgelehnt, ohne zu sagen, welches Feld es nicht akzeptiert (HTTP %2). Die %n Felder werden einzeln gesendet, um es herauszufinden…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not confirmed: %2</source>
        <translation>%1: nicht bestätigt: %2</translation>
    </message>
    <message>
        <source>%1: Harness refused %2: %3</source>
        <translation>%1: Harness hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>  Correlation ID: %1</source>
        <translation>  Korrelations-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the other %n change(s) were applied and confirmed.</source>
        <translation>
            <numerusform>%1: Die übrige %n Änderung wurde angewendet und bestätigt.</numerusform>
            <numerusform>%1: Die übrigen %n Änderungen wurden angewendet und bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied and confirmed before: %1</source>
        <translation>Zuvor angewendet und bestätigt: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>hci::cli::Planner</name>
    <message>
        <source>%1: there is no field &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>%1: Es gibt kein Feld „%2“; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>%1: there is no field &quot;%2&quot; (&quot;list&quot; shows the fields).</source>
        <translation>%1: Es gibt kein Feld „%2“ (&quot;list&quot; zeigt die Felder).</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 ist zweimal genannt.</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
    <message>
        <source>No field is overridden.</source>
        <translation>Kein Feld ist überschrieben.</translation>
    </message>
    <message>
        <source>%1 is not overridden: it has the default already.</source>
        <translation>%1 ist nicht überschrieben: Es hat bereits den Standard.</translation>
    </message>
    <message>
        <source>%1: no changes</source>
        <translation>%1: keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no override</source>
        <translation>kein Override</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>der Standard, %1</translation>
    </message>
</context>
<context>
    <name>hci::cli::RevertPlanner</name>
    <message>
        <source>Apply %1 has no change that the server confirmed: there is nothing to revert.</source>
        <translation>Apply %1 hat keine vom Server bestätigte Änderung: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1 has the default already.</source>
        <translation>%1 hat bereits den Standard.</translation>
    </message>
    <message>
        <source>%1: the server no longer lists this field, so %2 cannot be set back.</source>
        <translation>%1: Der Server führt dieses Feld nicht mehr auf, daher kann %2 nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message>
        <source>%1 changed on the server since apply %2 (now %3); the revert sets it back as asked.</source>
        <translation>%1 wurde seit Apply %2 auf dem Server geändert (jetzt %3); das Rückgängigmachen setzt es wie gewünscht zurück.</translation>
    </message>
</context>
<context>
    <name>hci::cli::ScopeLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>hci::cli::Tool</name>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>PRODUCTION: %1</source>
        <translation>PRODUKTION: %1</translation>
    </message>
    <message>
        <source>Could not read %1; nothing was changed.</source>
        <translation>%1 konnte nicht gelesen werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>No field is overridden on %1: every image is Harness&apos;s default.</source>
        <translation>Auf %1 ist kein Feld überschrieben: Jedes Image ist der Standard von Harness.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s).</source>
        <translation>
            <numerusform>%n Override exportiert.</numerusform>
            <numerusform>%n Overrides exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 cannot be applied:</source>
        <translation>%1 kann nicht angewendet werden:</translation>
    </message>
    <message>
        <source>No apply of this account is recorded on this computer.</source>
        <translation>Für dieses Konto ist auf diesem Computer kein Apply aufgezeichnet.</translation>
    </message>
    <message>
        <source>No apply is recorded on this computer.</source>
        <translation>Auf diesem Computer ist kein Apply aufgezeichnet.</translation>
    </message>
    <message>
        <source>&quot;revert ID&quot; undoes an apply; --json shows each field before and after.</source>
        <translation>&quot;revert ID&quot; macht ein Apply rückgängig; --json zeigt jedes Feld vorher und nachher.</translation>
    </message>
    <message>
        <source>There is no apply %1 in the history on this computer (&quot;history&quot; lists them).</source>
        <translation>Im Verlauf auf diesem Computer gibt es kein Apply %1 (&quot;history&quot; listet sie auf).</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2, and its revert goes there too: leave out --module and --infra.</source>
        <translation>Apply %1 wurde auf %2 ausgeführt, und das Rückgängigmachen geht ebenfalls dorthin: Lassen Sie --module und --infra weg.</translation>
    </message>
    <message>
        <source>Apply %1 was made on account %2 (%3), but this connection is to account %4. Connect to the account of the apply to revert it; nothing was sent.</source>
        <translation>Apply %1 wurde auf Konto %2 (%3) ausgeführt, aber diese Verbindung geht zu Konto %4. Verbinden Sie sich mit dem Konto des Applys, um es rückgängig zu machen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Reverting apply %1 of %2.</source>
        <translation>Apply %1 von %2 wird rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and change the container images Harness CI runs pipelines with.</source>
        <translation>Die Container-Images einsehen und ändern, mit denen Harness CI Pipelines ausführt.</translation>
    </message>
    <message>
        <source>Open the built-in sandbox server.</source>
        <translation>Den eingebauten Sandbox-Server öffnen.</translation>
    </message>
    <message>
        <source>Open this Harness URL, with the key from HARNESS_API_KEY; nothing is saved.</source>
        <translation>Diese Harness-URL öffnen, mit dem Schlüssel aus HARNESS_API_KEY; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>The account ID (default: from the key).</source>
        <translation>Die Konto-ID (Standard: aus dem Schlüssel).</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci, iacm oder idp (Standard: ci).</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 oder VM (Standard: K8).</translation>
    </message>
    <message>
        <source>Send the key as a Bearer token.</source>
        <translation>Den Schlüssel als Bearer-Token senden.</translation>
    </message>
    <message>
        <source>Quit once the table shows the loaded data: status 0, or 1 with the error.</source>
        <translation>Beenden, sobald die Tabelle die geladenen Daten zeigt: Status 0, oder 1 mit dem Fehler.</translation>
    </message>
    <message>
        <source>light, dark or system colours for this run (default: as chosen in Settings, else system).</source>
        <translation>helle (light), dunkle (dark) oder System-Farben (system) für diesen Start (Standard: wie unter Einstellungen gewählt, sonst system).</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub.</source>
        <translation>Die Tags der Harness-Images (harness/*, plugins/*) in dieser Registry statt auf Docker Hub abfragen, z. B. mirror.example.com oder mirror.example.com:5000/dockerhub.</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>Unbekanntes Modul „%1“: Verwenden Sie ci, iacm oder idp.</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>Unbekannte Infrastruktur „%1“: Verwenden Sie K8 oder VM.</translation>
    </message>
    <message>
        <source>--registry-mirror: %1</source>
        <translation>--registry-mirror: %1</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.</source>
        <translation>Unbekannte Farbpalette „%1“: Verwenden Sie light, dark oder system.</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>Setzen Sie HARNESS_API_KEY auf den API-Schlüssel, der mit --base-url verwendet werden soll.</translation>
    </message>
    <message>
        <source>Give --account: the key does not name one.</source>
        <translation>Geben Sie --account an: Der Schlüssel nennt keins.</translation>
    </message>
    <message>
        <source>--exit-after-load needs --sandbox or --base-url.</source>
        <translation>--exit-after-load braucht --sandbox oder --base-url.</translation>
    </message>
    <message>
        <source>Harness CI Images</source>
        <translation>Harness CI Images</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>Konto %1 auf %2</translation>
    </message>
</context>
</TS>
