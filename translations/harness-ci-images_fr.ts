<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>hci</name>
    <message>
        <source>The answer is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1 at offset %2.</source>
        <translation>La réponse n’est pas du JSON&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is not a string.</source>
        <translation>&quot;name&quot; n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list.</source>
        <translation>&quot;tags&quot; n’est pas une liste.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; holds something other than tag names.</source>
        <translation>&quot;tags&quot; contient autre chose que des noms de tags.</translation>
    </message>
    <message>
        <source>The answer holds no usable token.</source>
        <translation>La réponse ne contient aucun jeton utilisable.</translation>
    </message>
</context>
<context>
    <name>hci::AccountMemory</name>
    <message>
        <source>&amp;History of Applies…</source>
        <translation>&amp;Historique des applications…</translation>
    </message>
    <message>
        <source>Every apply made here: what changed, from what to what, and revert</source>
        <translation>Toutes les applications faites ici&#xa0;: ce qui a changé, de quoi à quoi, et leur annulation</translation>
    </message>
    <message>
        <source>%1 (account %2, %3 on %4)</source>
        <translation>%1 (compte %2, %3 sur %4)</translation>
    </message>
    <message>
        <source>Edits that were not applied are kept for %1. Open that profile and scope to get them back.</source>
        <translation>Les modifications non appliquées sont conservées pour %1. Ouvrez ce profil et cette portée pour les récupérer.</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2 (account %3, %4 on %5). Open that profile and scope to revert it.</source>
        <translation>L’application %1 a été faite sur %2 (compte %3, %4 sur %5). Ouvrez ce profil et cette portée pour l’annuler.</translation>
    </message>
    <message>
        <source>Apply %1 changed nothing that the server confirmed: there is nothing to revert.</source>
        <translation>L’application %1 n’a rien changé que le serveur ait confirmé&#xa0;: il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued: review it, then apply.</source>
        <translation>L’annulation de l’application %1 est en attente&#xa0;: vérifiez-la, puis appliquez.</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued. Since that apply, %2 changed on the server: the revert would overwrite it. Review before you apply.</source>
        <translation>L’annulation de l’application %1 est en attente. Depuis cette application, %2 a changé sur le serveur&#xa0;: l’annulation l’écraserait. Vérifiez avant d’appliquer.</translation>
    </message>
</context>
<context>
    <name>hci::AccountSession</name>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Non confirmé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse complète en %n seconde.</numerusform>
            <numerusform>Aucune réponse complète en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection changed while the operation ran, so nothing more was sent to either account.</source>
        <translation>la connexion a changé pendant l’opération, donc plus rien n’a été envoyé à aucun des deux comptes.</translation>
    </message>
</context>
<context>
    <name>hci::ApiError</name>
    <message>
        <source>%1 (Harness said: “%2”)</source>
        <translation>%1 (réponse de Harness&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Harness could not tell which account this is: check the account ID of the profile.</source>
        <translation>Harness n’a pas pu identifier le compte&#xa0;: vérifiez l’ID de compte du profil.</translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, expired or revoked, or belongs to another account; create a new key in Harness and update the profile.</source>
        <translation>La clé d’API a été refusée&#xa0;: elle est erronée, expirée, révoquée ou appartient à un autre compte&#x202f;; créez une nouvelle clé dans Harness et mettez à jour le profil.</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing; check the values and try again.</source>
        <translation>Harness a refusé la requête et n’a rien modifié&#x202f;; vérifiez les valeurs et réessayez.</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing: %1</source>
        <translation>Harness a refusé la requête et n’a rien modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>This server does not offer the execution-config API; check the server address and that the module is enabled for the account.</source>
        <translation>Ce serveur ne propose pas l’API execution-config&#x202f;; vérifiez l’adresse du serveur et que le module est activé pour le compte.</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support.</source>
        <translation>Harness a rencontré une erreur interne&#x202f;; réessayez plus tard et, si elle persiste, contactez le support Harness.</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support with the correlation ID %1.</source>
        <translation>Harness a rencontré une erreur interne&#x202f;; réessayez plus tard et, si elle persiste, contactez le support Harness avec l’ID de corrélation %1.</translation>
    </message>
    <message>
        <source>Harness answered with the error %1.</source>
        <translation>Harness a répondu avec l’erreur %1.</translation>
    </message>
    <message>
        <source>Harness answered with the error %1: %2</source>
        <translation>Harness a répondu avec l’erreur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server has no such page (HTTP 404); check the server address.</source>
        <translation>Cette page n’existe pas sur le serveur (HTTP 404)&#x202f;; vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>A gateway in front of Harness failed (HTTP %1); Harness may be down or being updated, try again in a few minutes.</source>
        <translation>Une passerelle devant Harness a échoué (HTTP %1)&#x202f;; Harness est peut-être indisponible ou en cours de mise à jour, réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1 and no Harness message; check the server address, or try again later.</source>
        <translation>Le serveur a répondu HTTP %1 sans message de Harness&#x202f;; vérifiez l’adresse du serveur ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request could not be made; check the connection settings.</source>
        <translation>La requête n’a pas pu être envoyée&#x202f;; vérifiez les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The request could not be made: %1</source>
        <translation>La requête n’a pas pu être envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off; try again, and check the network or a proxy in between if it keeps happening.</source>
        <translation>La réponse du serveur a été tronquée&#x202f;; réessayez et, si cela se reproduit, vérifiez le réseau ou un éventuel proxy intermédiaire.</translation>
    </message>
    <message>
        <source>The server could not be reached; check the network connection and the server address, then try again.</source>
        <translation>Le serveur est injoignable&#x202f;; vérifiez la connexion réseau et l’adresse du serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>Le serveur n’a pas répondu à temps&#x202f;; réessayez et, si cela se reproduit, vérifiez le réseau ou la page d’état de Harness.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed, so nothing was sent; the certificate is not trusted, or something is intercepting the connection.</source>
        <translation>La connexion sécurisée au serveur a échoué, rien n’a donc été envoyé&#x202f;; le certificat n’est pas approuvé, ou quelque chose intercepte la connexion.</translation>
    </message>
    <message>
        <source>Harness stayed unavailable after several tries; wait a few minutes and try again.</source>
        <translation>Harness est resté indisponible après plusieurs tentatives&#x202f;; attendez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>Harness is limiting how many requests this key may make and still was after several tries; wait a minute and try again.</source>
        <translation>Harness limite le nombre de requêtes de cette clé, et c’était encore le cas après plusieurs tentatives&#x202f;; attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; check that the address points to a Harness gateway.</source>
        <translation>La réponse du serveur n’était pas du JSON&#x202f;; vérifiez que l’adresse pointe vers une passerelle Harness.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not have the expected form, so nothing was shown; the server may be a different version, or not Harness.</source>
        <translation>La réponse du serveur n’avait pas la forme attendue, rien n’a donc été affiché&#x202f;; le serveur est peut-être d’une autre version, ou n’est pas Harness.</translation>
    </message>
    <message>
        <source>The server sent an empty answer; try again.</source>
        <translation>Le serveur a envoyé une réponse vide&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any Harness answer and was not read; check the server address.</source>
        <translation>La réponse du serveur était bien plus grande que toute réponse de Harness et n’a pas été lue&#x202f;; vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere; it was not followed, so that the API key stays with this server: check the server address.</source>
        <translation>Le serveur a redirigé la requête ailleurs&#x202f;; la redirection n’a pas été suivie, pour que la clé d’API reste sur ce serveur&#xa0;: vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Harness accepted the changes, but reading them back shows that some did not take; they are still queued, try again.</source>
        <translation>Harness a accepté les modifications, mais leur relecture montre que certaines n’ont pas été prises en compte&#x202f;; elles restent en attente, réessayez.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Champ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>Cette clé d’API ne peut pas voir les paramètres du compte&#xa0;: il lui manque la permission %1. Demandez à un administrateur du compte de l’accorder, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the account&apos;s view permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>Cette clé d’API ne peut pas voir les paramètres du compte&#xa0;: il lui manque la permission d’affichage du compte. Demandez à un administrateur du compte de l’accorder, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>Cette clé d’API peut lire les paramètres mais pas les modifier&#xa0;: il lui manque la permission %1. Demandez à un administrateur du compte de l’accorder, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the account&apos;s edit permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>Cette clé d’API peut lire les paramètres mais pas les modifier&#xa0;: il lui manque la permission de modification du compte. Demandez à un administrateur du compte de l’accorder, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>This API key lacks the permission %1; ask an account administrator to grant it, or use another key.</source>
        <translation>Il manque à cette clé d’API la permission %1&#x202f;; demandez à un administrateur du compte de l’accorder, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>This API key lacks a permission for the account&apos;s settings; ask an account administrator to grant it, or use another key.</source>
        <translation>Il manque à cette clé d’API une permission sur les paramètres du compte&#x202f;; demandez à un administrateur du compte de l’accorder, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>The server did not finish answering in time, so the app stopped waiting; nothing was changed. Try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>Le serveur n’a pas fini de répondre à temps, donc l’application a cessé d’attendre&#x202f;; rien n’a été modifié. Réessayez, et vérifiez le réseau ou la page d’état de Harness si cela se reproduit.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>La requête n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>Pas de réponse à temps.</translation>
    </message>
    <message>
        <source>The secure connection failed.</source>
        <translation>La connexion sécurisée a échoué.</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error.</source>
        <translation>Le serveur a répondu avec une erreur HTTP.</translation>
    </message>
    <message>
        <source>Harness refused the request.</source>
        <translation>Harness a refusé la requête.</translation>
    </message>
    <message>
        <source>Harness limited the requests.</source>
        <translation>Harness a limité les requêtes.</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>La réponse n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server redirected the request.</source>
        <translation>Le serveur a redirigé la requête.</translation>
    </message>
    <message>
        <source>The read-back did not confirm the change.</source>
        <translation>La relecture n’a pas confirmé la modification.</translation>
    </message>
    <message>
        <source>The operation ran out of time.</source>
        <translation>L’opération a dépassé le délai.</translation>
    </message>
    <message>
        <source>Missing permission: %1</source>
        <translation>Permission manquante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hci::ApplyReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be sent to %1:</source>
        <translation>
            <numerusform>Cette modification sera envoyée à %1&#xa0;:</numerusform>
            <numerusform>Ces %n modifications seront envoyées à %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Modifications à appliquer</translation>
    </message>
    <message>
        <source>Each field with its value now and the value it gets</source>
        <translation>Chaque champ avec sa valeur actuelle et celle qu’il recevra</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 (reset to default)</source>
        <translation>%1 (réinitialisé à la valeur par défaut)</translation>
    </message>
    <message>
        <source>Requests (the API key shows as $HARNESS_API_KEY):</source>
        <translation>Requêtes (la clé d’API apparaît sous la forme $HARNESS_API_KEY)&#xa0;:</translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation>Requêtes à envoyer</translation>
    </message>
    <message>
        <source>The HTTP requests of the apply, as cURL commands</source>
        <translation>Les requêtes HTTP de l’application des modifications, sous forme de commandes cURL</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Appliquer %n modification</numerusform>
            <numerusform>&amp;Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the changes to Harness now</source>
        <translation>Envoyer maintenant les modifications à Harness</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the requests to the clipboard; the API key stays out</source>
        <translation>Copier les requêtes dans le presse-papiers&#x202f;; la clé d’API n’y figure pas</translation>
    </message>
    <message>
        <source>Close; the changes stay queued</source>
        <translation>Fermer&#x202f;; les modifications restent en attente</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Tag exists</source>
        <translation>Tag présent</translation>
    </message>
    <message>
        <source>%1 has this tag (%2).</source>
        <translation>%1 possède ce tag (%2).</translation>
    </message>
    <message>
        <source>Tag not found</source>
        <translation>Tag introuvable</translation>
    </message>
    <message>
        <source>%1 has no image %2: pipelines that pull it fail at initialise.</source>
        <translation>%1 n’a pas d’image %2&#xa0;: les pipelines qui la tirent échouent à l’initialisation.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message numerus="yes">
        <source>Applying once %n tag check(s) are done…</source>
        <translation>
            <numerusform>Application dès que %n vérification de tag sera terminée…</numerusform>
            <numerusform>Application dès que %n vérifications de tags seront terminées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n tag(s) in their registries…</source>
        <translation>
            <numerusform>Vérification de %n tag dans son registre…</numerusform>
            <numerusform>Vérification de %n tags dans leurs registres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing from their registries: %n tag(s). Pipelines that use them fail to pull the image; apply only if the tags will be pushed first.</source>
        <translation>
            <numerusform>%n tag est absent de son registre. Les pipelines qui l’utilisent ne pourront pas tirer l’image&#x202f;; n’appliquez que si le tag sera poussé avant.</numerusform>
            <numerusform>%n tags sont absents de leurs registres. Les pipelines qui les utilisent ne pourront pas tirer l’image&#x202f;; n’appliquez que si les tags seront poussés avant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply anyway, with %n missing tag(s)</source>
        <translation>
            <numerusform>Appliquer quand même, avec %n tag manquant</numerusform>
            <numerusform>Appliquer quand même, avec %n tags manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be checked (see the Registry column); applying is still possible.</source>
        <translation>
            <numerusform>%n tag n’a pas pu être vérifié (voir la colonne «&#xa0;Registre&#xa0;»)&#x202f;; l’application reste possible.</numerusform>
            <numerusform>%n tags n’ont pas pu être vérifiés (voir la colonne «&#xa0;Registre&#xa0;»)&#x202f;; l’application reste possible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new tag exists in its registry.</source>
        <translation>Chaque nouveau tag existe dans son registre.</translation>
    </message>
    <message>
        <source>PRODUCTION — these changes go to the production account %1.</source>
        <translation>PRODUCTION — ces modifications vont au compte de production %1.</translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses to change %n of these field(s) on %1: %2. Its answer would be a generic server error, and nothing of that request would be saved. Undo those changes before applying.</source>
        <translation>
            <numerusform>Harness refuse de modifier %n de ces champs sur %1&#xa0;: %2. Sa réponse serait une erreur serveur générique, et rien de cette requête ne serait enregistré. Annulez cette modification avant d’appliquer.</numerusform>
            <numerusform>Harness refuse de modifier %n de ces champs sur %1&#xa0;: %2. Sa réponse serait une erreur serveur générique, et rien de cette requête ne serait enregistré. Annulez ces modifications avant d’appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Show &amp;requests</source>
        <translation>Afficher les &amp;requêtes</translation>
    </message>
    <message>
        <source>The HTTP requests the apply sends, as cURL commands</source>
        <translation>Les requêtes HTTP envoyées par l’application des modifications, sous forme de commandes cURL</translation>
    </message>
    <message>
        <source>Hide &amp;requests</source>
        <translation>Masquer les &amp;requêtes</translation>
    </message>
    <message>
        <source>— back to the default</source>
        <translation>— retour à la valeur par défaut</translation>
    </message>
    <message>
        <source>A reset: Harness&apos;s default image is used again; there is no new tag to check.</source>
        <translation>Une réinitialisation&#xa0;: l’image par défaut de Harness est de nouveau utilisée&#x202f;; il n’y a pas de nouveau tag à vérifier.</translation>
    </message>
    <message>
        <source>Copy as &amp;Terraform</source>
        <translation>Copier en &amp;Terraform</translation>
    </message>
    <message>
        <source>Copy the overrides as they will be after this apply, as Terraform resources; the API key stays out</source>
        <translation>Copier les surcharges telles qu’elles seront après cette application, sous forme de ressources Terraform&#x202f;; la clé d’API n’y figure pas</translation>
    </message>
</context>
<context>
    <name>hci::CompareModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not listed on this side</source>
        <translation>Absent de ce côté</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>reset to the default</source>
        <translation>réinitialisé à la valeur par défaut</translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation>%1 (en attente)</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Différent</translation>
    </message>
    <message>
        <source>Queued on %1, not sent yet: review and apply there to send it. Now: %2</source>
        <translation>En attente sur %1, pas encore envoyé&#xa0;: vérifiez et appliquez là-bas pour l’envoyer. Actuellement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>Cette fenêtre</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Autre côté</translation>
    </message>
</context>
<context>
    <name>hci::CompareWindow</name>
    <message>
        <source>Compare %1 on %2 — Harness CI Images</source>
        <translation>Comparer %1 sur %2 — Harness CI Images</translation>
    </message>
    <message>
        <source>This window: %1, %2 on %3</source>
        <translation>Cette fenêtre&#xa0;: %1, %2 sur %3</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>The profile, or the other infrastructure of this account, to set beside this window</source>
        <translation>Le profil, ou l’autre infrastructure de ce compte, à placer à côté de cette fenêtre</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>The other side is a production account</source>
        <translation>L’autre côté est un compte de production</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>État de la comparaison</translation>
    </message>
    <message>
        <source>Overrides side by side</source>
        <translation>Surcharges côte à côte</translation>
    </message>
    <message>
        <source>Each field with its value in this window and on the other side; rows that differ are marked</source>
        <translation>Chaque champ avec sa valeur dans cette fenêtre et de l’autre côté&#x202f;; les lignes qui diffèrent sont marquées</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Afficher uniquement les &amp;différences</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>Afficher uniquement les différences</translation>
    </message>
    <message>
        <source>Queue the selected rows&apos; values on the other side: this window&apos;s override, or a reset when it has none. Nothing is sent until you review and apply there.</source>
        <translation>Mettre en attente les valeurs des lignes sélectionnées de l’autre côté&#xa0;: la surcharge de cette fenêtre, ou une réinitialisation si elle n’en a pas. Rien n’est envoyé avant que vous vérifiiez et appliquiez là-bas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The main window now shows another account or scope; close this window and compare again.</source>
        <translation>La fenêtre principale affiche maintenant un autre compte ou une autre portée&#x202f;; fermez cette fenêtre et comparez à nouveau.</translation>
    </message>
    <message>
        <source>Other infrastructure of this account (%1)</source>
        <translation>Autre infrastructure de ce compte (%1)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; choose another side once it has settled.</source>
        <translation>Une application vers %1 est encore en cours&#x202f;; choisissez un autre côté une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>Drop the changes queued on %1 and compare with another side?</source>
        <translation>Abandonner les modifications en attente sur %1 et comparer avec un autre côté&#x202f;?</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued there were never sent.</source>
        <translation>
            <numerusform>%n modification en attente là-bas n’a jamais été envoyée.</numerusform>
            <numerusform>%n modifications en attente là-bas n’ont jamais été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>This window (%1)</source>
        <translation>Cette fenêtre (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Ce compte</translation>
    </message>
    <message>
        <source>No override differs.</source>
        <translation>Aucune surcharge ne diffère.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Select rows and copy them to %1.</source>
        <translation>
            <numerusform>%n champ diffère. Sélectionnez des lignes et copiez-les vers %1.</numerusform>
            <numerusform>%n champs diffèrent. Sélectionnez des lignes et copiez-les vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the other side: %1</source>
        <translation>Impossible de charger l’autre côté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied to %1 and read back.</source>
        <translation>
            <numerusform>%n modification appliquée à %1 et relue.</numerusform>
            <numerusform>%n modifications appliquées à %1 et relues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The apply to %1 failed: %2 %n change(s) stay queued.</source>
        <translation>
            <numerusform>L’application vers %1 a échoué&#xa0;: %2 %n modification reste en attente.</numerusform>
            <numerusform>L’application vers %1 a échoué&#xa0;: %2 %n modifications restent en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent; the changes stay queued.</source>
        <translation>Rien n’a été envoyé&#x202f;; les modifications restent en attente.</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Rien n’a été mis en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued on %1; review and apply there to send them.</source>
        <translation>
            <numerusform>%n modification en attente sur %1&#x202f;; vérifiez-la et appliquez-la là-bas pour l’envoyer.</numerusform>
            <numerusform>%n modifications en attente sur %1&#x202f;; vérifiez-les et appliquez-les là-bas pour les envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed on %1, left out: %2.</source>
        <translation>Absent de %1, laissé de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1, %2 sur %3</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Application vers %1…</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>l’autre côté</translation>
    </message>
    <message>
        <source>&amp;Copy to %1</source>
        <translation>&amp;Copier vers %1</translation>
    </message>
    <message>
        <source>Copy the selected rows to %1</source>
        <translation>Copier les lignes sélectionnées vers %1</translation>
    </message>
    <message>
        <source>&amp;Review and apply on %1 (%2)…</source>
        <translation>Vé&amp;rifier et appliquer sur %1 (%2)…</translation>
    </message>
    <message>
        <source>Review and apply the changes queued on %1</source>
        <translation>Vérifier et appliquer les modifications en attente sur %1</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; close this window once it has settled.</source>
        <translation>Une application vers %1 est encore en cours&#x202f;; fermez cette fenêtre une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>Close and drop the changes queued on %1?</source>
        <translation>Fermer et abandonner les modifications en attente sur %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>hci::ConfigDocument</name>
    <message>
        <source>Change %1 to %2</source>
        <translation>Changer %1 en %2</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Réinitialiser %1 à sa valeur par défaut</translation>
    </message>
    <message numerus="yes">
        <source>Reset all %n field(s) to their defaults</source>
        <translation>
            <numerusform>Réinitialiser %n champ à sa valeur par défaut</numerusform>
            <numerusform>Réinitialiser les %n champs à leur valeur par défaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>Abandonner %n modification</numerusform>
            <numerusform>Abandonner %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the server&apos;s value of %1</source>
        <translation>Garder la valeur du serveur pour %1</translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 est en lecture seule&#xa0;: le serveur a envoyé une valeur que cette application ne modifie pas.</translation>
    </message>
</context>
<context>
    <name>hci::ConfigTreeModel</name>
    <message>
        <source>→ default</source>
        <translation>→ par défaut</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n surchargé</numerusform>
            <numerusform>%n surchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), all on their defaults</source>
        <translation>
            <numerusform>%n champ, à sa valeur par défaut</numerusform>
            <numerusform>%n champs, tous à leur valeur par défaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n champ&#xa0;: %1</numerusform>
            <numerusform>%n champs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Réinitialiser %1 à sa valeur par défaut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued: back to the default %1 (now %2). Not sent until you apply.</source>
        <translation>En attente&#xa0;: retour à la valeur par défaut %1 (actuellement %2). Envoyé seulement quand vous appliquez.</translation>
    </message>
    <message>
        <source>Queued: %1 (now %2). Not sent until you apply.</source>
        <translation>En attente&#xa0;: %1 (actuellement %2). Envoyé seulement quand vous appliquez.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Surcharge&#xa0;: %1</translation>
    </message>
    <message>
        <source>No override: pipelines use the default.</source>
        <translation>Pas de surcharge&#xa0;: les pipelines utilisent la valeur par défaut.</translation>
    </message>
    <message>
        <source>Reset %1 to its default, %2</source>
        <translation>Réinitialiser %1 à sa valeur par défaut, %2</translation>
    </message>
    <message>
        <source>It is also older than the default (%1 &lt; %2).</source>
        <translation>Elle est aussi plus ancienne que la valeur par défaut (%1 &lt; %2).</translation>
    </message>
    <message>
        <source>Queued: %1 → %2. Nothing is sent until you apply.</source>
        <translation>En attente&#xa0;: %1 → %2. Rien n’est envoyé avant que vous appliquiez.</translation>
    </message>
    <message>
        <source>Queued: reset %1 to the default %2. Nothing is sent until you apply.</source>
        <translation>En attente&#xa0;: réinitialiser %1 à la valeur par défaut %2. Rien n’est envoyé avant que vous appliquiez.</translation>
    </message>
    <message>
        <source>Override is older than the default (%1 &lt; %2)</source>
        <translation>La surcharge est plus ancienne que la valeur par défaut (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>Override is newer than the default (%1 &gt; %2)</source>
        <translation>La surcharge est plus récente que la valeur par défaut (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>Harness lists this override as deprecated (%1; the default is %2)</source>
        <translation>Harness signale cette surcharge comme obsolète (%1&#x202f;; la valeur par défaut est %2)</translation>
    </message>
    <message>
        <source>Overridden from another repository: %1</source>
        <translation>Surchargé depuis un autre dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overridden: pipelines use %1 instead of %2</source>
        <translation>Surchargé&#xa0;: les pipelines utilisent %1 au lieu de %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>The image field, with its key in the API</source>
        <translation>Le champ d’image, avec sa clé dans l’API</translation>
    </message>
    <message>
        <source>The image repository pipelines pull from</source>
        <translation>Le dépôt d’images d’où les pipelines tirent</translation>
    </message>
    <message>
        <source>The tag Harness uses by default</source>
        <translation>Le tag que Harness utilise par défaut</translation>
    </message>
    <message>
        <source>This account&apos;s override; double-click or press F2 to edit</source>
        <translation>La surcharge de ce compte&#x202f;; double-cliquez ou appuyez sur F2 pour la modifier</translation>
    </message>
    <message>
        <source>How the override compares with the default</source>
        <translation>Comment la surcharge se compare à la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset a field to its default</source>
        <translation>Réinitialiser un champ à sa valeur par défaut</translation>
    </message>
    <message>
        <source>%1 · release not checked</source>
        <translation>%1 · version non vérifiée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Discard the queued change of %1</source>
        <translation>Abandonner la modification en attente de %1</translation>
    </message>
    <message>
        <source>Read-only: the server sent %1, which is not an image reference. It is shown as the server sent it and never sent back.</source>
        <translation>Lecture seule&#xa0;: le serveur a envoyé %1, qui n’est pas une référence d’image. La valeur est affichée telle quelle et n’est jamais renvoyée.</translation>
    </message>
    <message>
        <source>An empty override is stored; Harness treats it as none, so pipelines use the default.</source>
        <translation>Une surcharge vide est enregistrée&#x202f;; Harness la traite comme absente, donc les pipelines utilisent la valeur par défaut.</translation>
    </message>
    <message>
        <source>Discard the queued reset: %1 keeps its override %2</source>
        <translation>Abandonner la réinitialisation en attente&#xa0;: %1 garde sa surcharge %2</translation>
    </message>
    <message>
        <source>Discard this edit: %1 stays on its default</source>
        <translation>Abandonner cette modification&#xa0;: %1 reste sur sa valeur par défaut</translation>
    </message>
    <message>
        <source>Remove the empty override stored for %1</source>
        <translation>Supprimer la surcharge vide enregistrée pour %1</translation>
    </message>
    <message>
        <source>Release not checked: the image&apos;s tags are not known (yet), so whether Harness still supports this release is not known.</source>
        <translation>Version non vérifiée&#xa0;: les tags de l’image ne sont pas (encore) connus, on ne sait donc pas si Harness prend encore en charge cette version.</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>Elle est en avance sur la valeur par défaut de Harness, %1.</translation>
    </message>
</context>
<context>
    <name>hci::ConfigView</name>
    <message>
        <source>Image fields</source>
        <translation>Champs d’image</translation>
    </message>
    <message>
        <source>One row per image field: default and override side by side. Type or press F2 to edit a row&apos;s override; Delete resets it to the default.</source>
        <translation>Une ligne par champ d’image&#xa0;: valeur par défaut et surcharge côte à côte. Tapez ou appuyez sur F2 pour modifier la surcharge d’une ligne&#x202f;; Suppr la réinitialise à la valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>hci::ConflictDialog</name>
    <message>
        <source>Changed on the server</source>
        <translation>Modifié sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n field(s) on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server&apos;s value and drop your change.</source>
        <translation>
            <numerusform>Quelqu’un a modifié %n champ sur le serveur après que vous l’avez chargé. Cochez un champ pour envoyer quand même votre modification&#x202f;; laissez-le décoché pour garder la valeur du serveur et abandonner votre modification.</numerusform>
            <numerusform>Quelqu’un a modifié %n champs sur le serveur après que vous les avez chargés. Cochez un champ pour envoyer quand même votre modification&#x202f;; laissez-le décoché pour garder la valeur du serveur et abandonner votre modification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Au chargement</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Sur le serveur maintenant</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Champs en conflit</translation>
    </message>
    <message>
        <source>Tick a field to overwrite the server&apos;s value with yours</source>
        <translation>Cochez un champ pour remplacer la valeur du serveur par la vôtre</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>(reset to default)</source>
        <translation>(réinitialiser à la valeur par défaut)</translation>
    </message>
    <message>
        <source>Tick to overwrite the server&apos;s value with yours</source>
        <translation>Cocher pour remplacer la valeur du serveur par la vôtre</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Send the ticked changes and the ones without a conflict</source>
        <translation>Envoyer les modifications cochées et celles sans conflit</translation>
    </message>
    <message>
        <source>Cancel the apply</source>
        <translation>Annuler l’application</translation>
    </message>
    <message>
        <source>Send nothing; your changes stay queued</source>
        <translation>Ne rien envoyer&#x202f;; vos modifications restent en attente</translation>
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
        <translation>UE (accounts.eu.harness.io)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>Enter the address of the Harness server.</source>
        <translation>Saisissez l’adresse du serveur Harness.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L’adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L’adresse n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>Le simple http:// enverrait la clé d’API en clair&#x202f;; utilisez https:// (http:// n’est permis que vers cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>hci::Envelope</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>La réponse n’avait pas de corps.</translation>
    </message>
    <message>
        <source>The answer is an HTML page.</source>
        <translation>La réponse est une page HTML.</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>Erreur JSON à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot; text.</source>
        <translation>La réponse n’a pas de texte &quot;status&quot;.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Statut inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>SUCCESS with HTTP status %1.</source>
        <translation>SUCCESS avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot;.</source>
        <translation>La réponse n’a pas de &quot;data&quot;.</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object of images.</source>
        <translation>&quot;data&quot; n’est pas un objet d’images.</translation>
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
        <translation>Exécute le conteneur de chaque étape dans le pod de build Kubernetes.</translation>
    </message>
    <message>
        <source>Lite engine</source>
        <translation>Lite engine</translation>
    </message>
    <message>
        <source>Orchestrates the steps of a stage in the Kubernetes build pod.</source>
        <translation>Orchestre les étapes d’un stage dans le pod de build Kubernetes.</translation>
    </message>
    <message>
        <source>Add-on (rootless)</source>
        <translation>Add-on (rootless)</translation>
    </message>
    <message>
        <source>The add-on for pods that must not run as root.</source>
        <translation>L’add-on pour les pods qui ne doivent pas tourner en root.</translation>
    </message>
    <message>
        <source>Lite engine (rootless)</source>
        <translation>Lite engine (rootless)</translation>
    </message>
    <message>
        <source>The lite engine for pods that must not run as root.</source>
        <translation>Le lite engine pour les pods qui ne doivent pas tourner en root.</translation>
    </message>
    <message>
        <source>Git clone</source>
        <translation>Clone Git</translation>
    </message>
    <message>
        <source>Clones the pipeline&apos;s repository before the first step.</source>
        <translation>Clone le dépôt du pipeline avant la première étape.</translation>
    </message>
    <message>
        <source>Docker registry</source>
        <translation>Registre Docker</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to a Docker registry.</source>
        <translation>Construit une image avec kaniko et la pousse vers un registre Docker.</translation>
    </message>
    <message>
        <source>Amazon ECR</source>
        <translation>Amazon ECR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Amazon ECR.</source>
        <translation>Construit une image avec kaniko et la pousse vers Amazon ECR.</translation>
    </message>
    <message>
        <source>Azure ACR</source>
        <translation>Azure ACR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Azure Container Registry.</source>
        <translation>Construit une image avec kaniko et la pousse vers Azure Container Registry.</translation>
    </message>
    <message>
        <source>Google GCR</source>
        <translation>Google GCR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Container Registry.</source>
        <translation>Construit une image avec kaniko et la pousse vers Google Container Registry.</translation>
    </message>
    <message>
        <source>Google GAR</source>
        <translation>Google GAR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Artifact Registry.</source>
        <translation>Construit une image avec kaniko et la pousse vers Google Artifact Registry.</translation>
    </message>
    <message>
        <source>Docker registry (buildx)</source>
        <translation>Registre Docker (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to a Docker registry.</source>
        <translation>Construit une image avec Docker buildx et la pousse vers un registre Docker.</translation>
    </message>
    <message>
        <source>Amazon ECR (buildx)</source>
        <translation>Amazon ECR (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Amazon ECR.</source>
        <translation>Construit une image avec Docker buildx et la pousse vers Amazon ECR.</translation>
    </message>
    <message>
        <source>Google GAR (buildx)</source>
        <translation>Google GAR (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Google Artifact Registry.</source>
        <translation>Construit une image avec Docker buildx et la pousse vers Google Artifact Registry.</translation>
    </message>
    <message>
        <source>Azure ACR (buildx)</source>
        <translation>Azure ACR (buildx)</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Azure Container Registry.</source>
        <translation>Construit une image avec Docker buildx et la pousse vers Azure Container Registry.</translation>
    </message>
    <message>
        <source>Upload to GCS</source>
        <translation>Envoi vers GCS</translation>
    </message>
    <message>
        <source>Uploads files to a Google Cloud Storage bucket.</source>
        <translation>Envoie des fichiers vers un bucket Google Cloud Storage.</translation>
    </message>
    <message>
        <source>Upload to S3</source>
        <translation>Envoi vers S3</translation>
    </message>
    <message>
        <source>Uploads files to an Amazon S3 bucket.</source>
        <translation>Envoie des fichiers vers un bucket Amazon S3.</translation>
    </message>
    <message>
        <source>Upload to Artifactory</source>
        <translation>Envoi vers Artifactory</translation>
    </message>
    <message>
        <source>Uploads files to a JFrog Artifactory repository.</source>
        <translation>Envoie des fichiers vers un dépôt JFrog Artifactory.</translation>
    </message>
    <message>
        <source>Cache in GCS</source>
        <translation>Cache dans GCS</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Google Cloud Storage.</source>
        <translation>Enregistre et restaure les caches de build dans Google Cloud Storage.</translation>
    </message>
    <message>
        <source>Cache in S3</source>
        <translation>Cache dans S3</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Amazon S3.</source>
        <translation>Enregistre et restaure les caches de build dans Amazon S3.</translation>
    </message>
    <message>
        <source>Cache proxy</source>
        <translation>Proxy de cache</translation>
    </message>
    <message>
        <source>Serves Harness Cache Intelligence to the build.</source>
        <translation>Fournit Harness Cache Intelligence au build.</translation>
    </message>
    <message>
        <source>Cache in Azure</source>
        <translation>Cache dans Azure</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Azure Blob Storage (newer servers).</source>
        <translation>Enregistre et restaure les caches de build dans Azure Blob Storage (serveurs récents).</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Saves and restores build caches (newer servers).</source>
        <translation>Enregistre et restaure les caches de build (serveurs récents).</translation>
    </message>
    <message>
        <source>Security tests</source>
        <translation>Tests de sécurité</translation>
    </message>
    <message>
        <source>Runs Security Testing Orchestration scanners.</source>
        <translation>Exécute les scanners de Security Testing Orchestration.</translation>
    </message>
    <message>
        <source>SBOM orchestration</source>
        <translation>Orchestration SBOM</translation>
    </message>
    <message>
        <source>Generates a software bill of materials for an artifact.</source>
        <translation>Génère une nomenclature logicielle (SBOM) pour un artefact.</translation>
    </message>
    <message>
        <source>SBOM policy enforcement</source>
        <translation>Application des politiques SBOM</translation>
    </message>
    <message>
        <source>Checks an artifact&apos;s SBOM against policies.</source>
        <translation>Vérifie le SBOM d’un artefact au regard des politiques.</translation>
    </message>
    <message>
        <source>Artifact signing</source>
        <translation>Signature d’artefacts</translation>
    </message>
    <message>
        <source>Signs built artifacts.</source>
        <translation>Signe les artefacts construits.</translation>
    </message>
    <message>
        <source>Artifact verification</source>
        <translation>Vérification d’artefacts</translation>
    </message>
    <message>
        <source>Verifies the signatures of artifacts.</source>
        <translation>Vérifie les signatures des artefacts.</translation>
    </message>
    <message>
        <source>SBOM with cdxgen</source>
        <translation>SBOM avec cdxgen</translation>
    </message>
    <message>
        <source>Generates a CycloneDX SBOM with cdxgen.</source>
        <translation>Génère un SBOM CycloneDX avec cdxgen.</translation>
    </message>
    <message>
        <source>SLSA provenance</source>
        <translation>Provenance SLSA</translation>
    </message>
    <message>
        <source>Generates SLSA provenance for built images.</source>
        <translation>Génère la provenance SLSA des images construites.</translation>
    </message>
    <message>
        <source>SLSA verification</source>
        <translation>Vérification SLSA</translation>
    </message>
    <message>
        <source>Verifies the SLSA provenance of an image.</source>
        <translation>Vérifie la provenance SLSA d’une image.</translation>
    </message>
    <message>
        <source>Supply chain compliance</source>
        <translation>Conformité de la chaîne d’approvisionnement</translation>
    </message>
    <message>
        <source>Checks a repository against supply chain compliance rules.</source>
        <translation>Vérifie un dépôt au regard des règles de conformité de la chaîne d’approvisionnement.</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Runs Terraform plans and applies.</source>
        <translation>Exécute les plans et les applies Terraform.</translation>
    </message>
    <message>
        <source>Terragrunt</source>
        <translation>Terragrunt</translation>
    </message>
    <message>
        <source>Runs Terragrunt plans and applies.</source>
        <translation>Exécute les plans et les applies Terragrunt.</translation>
    </message>
    <message>
        <source>Ansible</source>
        <translation>Ansible</translation>
    </message>
    <message>
        <source>Runs Ansible playbooks.</source>
        <translation>Exécute des playbooks Ansible.</translation>
    </message>
    <message>
        <source>OpenTofu</source>
        <translation>OpenTofu</translation>
    </message>
    <message>
        <source>Runs OpenTofu plans and applies.</source>
        <translation>Exécute les plans et les applies OpenTofu.</translation>
    </message>
    <message>
        <source>Checkov</source>
        <translation>Checkov</translation>
    </message>
    <message>
        <source>Scans infrastructure code with Checkov.</source>
        <translation>Analyse le code d’infrastructure avec Checkov.</translation>
    </message>
    <message>
        <source>terraform-compliance</source>
        <translation>terraform-compliance</translation>
    </message>
    <message>
        <source>Tests Terraform plans against compliance rules.</source>
        <translation>Teste les plans Terraform au regard des règles de conformité.</translation>
    </message>
    <message>
        <source>TFLint</source>
        <translation>TFLint</translation>
    </message>
    <message>
        <source>Lints Terraform code with TFLint.</source>
        <translation>Analyse le code Terraform avec TFLint.</translation>
    </message>
    <message>
        <source>tfsec</source>
        <translation>tfsec</translation>
    </message>
    <message>
        <source>Scans Terraform code for security problems with tfsec.</source>
        <translation>Recherche les problèmes de sécurité du code Terraform avec tfsec.</translation>
    </message>
    <message>
        <source>Module tests</source>
        <translation>Tests de module</translation>
    </message>
    <message>
        <source>Runs the tests of a Terraform module.</source>
        <translation>Exécute les tests d’un module Terraform.</translation>
    </message>
    <message>
        <source>Cookiecutter</source>
        <translation>Cookiecutter</translation>
    </message>
    <message>
        <source>Creates a project from a Cookiecutter template.</source>
        <translation>Crée un projet à partir d’un modèle Cookiecutter.</translation>
    </message>
    <message>
        <source>Create repository</source>
        <translation>Créer un dépôt</translation>
    </message>
    <message>
        <source>Creates a Git repository for a new service.</source>
        <translation>Crée un dépôt Git pour un nouveau service.</translation>
    </message>
    <message>
        <source>Direct push</source>
        <translation>Push direct</translation>
    </message>
    <message>
        <source>Pushes generated code straight to a repository.</source>
        <translation>Pousse le code généré directement vers un dépôt.</translation>
    </message>
    <message>
        <source>Register in catalog</source>
        <translation>Enregistrer dans le catalogue</translation>
    </message>
    <message>
        <source>Registers a service in the IDP software catalog.</source>
        <translation>Enregistre un service dans le catalogue logiciel de l’IDP.</translation>
    </message>
    <message>
        <source>Create catalog entry</source>
        <translation>Créer une entrée de catalogue</translation>
    </message>
    <message>
        <source>Writes a catalog-info file for a new service.</source>
        <translation>Écrit un fichier catalog-info pour un nouveau service.</translation>
    </message>
    <message>
        <source>Slack notification</source>
        <translation>Notification Slack</translation>
    </message>
    <message>
        <source>Posts a message to Slack.</source>
        <translation>Publie un message sur Slack.</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>Creates a Harness organization.</source>
        <translation>Crée une organisation Harness.</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Créer un projet</translation>
    </message>
    <message>
        <source>Creates a Harness project.</source>
        <translation>Crée un projet Harness.</translation>
    </message>
    <message>
        <source>Create resource</source>
        <translation>Créer une ressource</translation>
    </message>
    <message>
        <source>Creates a Harness resource from a definition.</source>
        <translation>Crée une ressource Harness à partir d’une définition.</translation>
    </message>
    <message>
        <source>Update catalog property</source>
        <translation>Mettre à jour une propriété du catalogue</translation>
    </message>
    <message>
        <source>Changes a property of a catalog entry.</source>
        <translation>Modifie une propriété d’une entrée du catalogue.</translation>
    </message>
    <message>
        <source>A field this version of the app does not know yet.</source>
        <translation>Un champ que cette version de l’application ne connaît pas encore.</translation>
    </message>
    <message>
        <source>CI core</source>
        <translation>Cœur CI</translation>
    </message>
    <message>
        <source>Build and push</source>
        <translation>Build et push</translation>
    </message>
    <message>
        <source>Build and push with buildx</source>
        <translation>Build et push avec buildx</translation>
    </message>
    <message>
        <source>Upload and cache</source>
        <translation>Envoi et cache</translation>
    </message>
    <message>
        <source>Security and supply chain</source>
        <translation>Sécurité et chaîne d’approvisionnement</translation>
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
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>hci::FieldRules</name>
    <message>
        <source>This row holds a rootless image, but %1 is not a rootless tag: pipelines that run without root would get the image that needs root.</source>
        <translation>Cette ligne contient une image rootless, mais %1 n’est pas un tag rootless&#xa0;: les pipelines qui tournent sans root recevraient l’image qui a besoin de root.</translation>
    </message>
    <message>
        <source>%1 is version %2, but %3 is %4: Harness ships the add-on and the lite engine together, with the same version.</source>
        <translation>%1 est en version %2, mais %3 est en %4&#xa0;: Harness livre l’add-on et le lite engine ensemble, avec la même version.</translation>
    </message>
</context>
<context>
    <name>hci::HarnessClient</name>
    <message>
        <source>&quot;data&quot; is not true.</source>
        <translation>&quot;data&quot; ne vaut pas true.</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>L’adresse du serveur n’est pas valide.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>L’adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>Le simple http:// enverrait la clé d’API en clair&#x202f;; utilisez https:// (http:// n’est permis que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>L’adresse du serveur ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The account ID is missing.</source>
        <translation>L’ID du compte manque.</translation>
    </message>
    <message>
        <source>The account ID contains spaces or symbols.</source>
        <translation>L’ID du compte contient des espaces ou des symboles.</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>La clé d’API manque.</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste it again.</source>
        <translation>La clé d’API contient des espaces ou des sauts de ligne&#x202f;; collez-la à nouveau.</translation>
    </message>
    <message>
        <source>No connection is set up.</source>
        <translation>Aucune connexion n’est configurée.</translation>
    </message>
    <message>
        <source>More than %1 bytes; the download was stopped.</source>
        <translation>Plus de %1 octets&#x202f;; le téléchargement a été interrompu.</translation>
    </message>
    <message>
        <source>Redirect to %1 was not followed.</source>
        <translation>La redirection vers %1 n’a pas été suivie.</translation>
    </message>
</context>
<context>
    <name>hci::HistoryWindow</name>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Revert this apply…</source>
        <translation>&amp;Revenir sur cette application…</translation>
    </message>
    <message>
        <source>History of applies — Harness CI Images</source>
        <translation>Historique des applications — Harness CI Images</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>All infrastructures</source>
        <translation>Toutes les infrastructures</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Fields of the selected apply</source>
        <translation>Champs de l’application sélectionnée</translation>
    </message>
    <message>
        <source>Save the selected apply, one line per field, as a CSV file</source>
        <translation>Enregistrer l’application sélectionnée, une ligne par champ, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Queue the changes that undo this apply; you review them before anything is sent</source>
        <translation>Mettre en attente les modifications qui annulent cette application&#x202f;; vous les vérifiez avant tout envoi</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>P&amp;ortée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n confirmed</source>
        <translation>
            <numerusform>%1 sur %n confirmé</numerusform>
            <numerusform>%1 sur %n confirmés</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>No applies recorded yet for this choice.</source>
        <translation>Aucune application enregistrée pour ce choix.</translation>
    </message>
    <message>
        <source>Apply %1 from the %2 · correlation IDs: %3</source>
        <translation>Application %1 depuis %2 · ID de corrélation&#xa0;: %3</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <source>window</source>
        <translation>la fenêtre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Export the apply as CSV</source>
        <translation>Exporter l’application en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Select an apply first.</source>
        <translation>Sélectionnez d’abord une application.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>hci::ImageReference</name>
    <message>
        <source>The registry address &quot;%1&quot; has an unclosed bracket.</source>
        <translation>L’adresse de registre «&#xa0;%1&#xa0;» a un crochet non fermé.</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is not valid.</source>
        <translation>L’adresse de registre «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <source>The registry &quot;%1&quot; has a colon but no port number.</source>
        <translation>Le registre «&#xa0;%1&#xa0;» a un deux-points mais pas de numéro de port.</translation>
    </message>
    <message>
        <source>The registry host &quot;%1&quot; is not a valid host name.</source>
        <translation>L’hôte de registre «&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
        <source>The registry port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Le port de registre «&#xa0;%1&#xa0;» n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The image name has an empty part between slashes.</source>
        <translation>Le nom d’image a une partie vide entre deux barres obliques.</translation>
    </message>
    <message>
        <source>Image names must be lower case: &quot;%1&quot;.</source>
        <translation>Les noms d’image doivent être en minuscules&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name part: use lower-case letters, digits and single separators (., _, __ or -) between them.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une partie de nom d’image valide&#xa0;: utilisez des minuscules, des chiffres et, entre eux, un seul séparateur (., _, __ ou -).</translation>
    </message>
    <message>
        <source>The tag after the colon is empty.</source>
        <translation>Le tag après le deux-points est vide.</translation>
    </message>
    <message>
        <source>The tag is longer than 128 characters.</source>
        <translation>Le tag dépasse 128 caractères.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Le tag «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: utilisez des lettres, des chiffres, &apos;_&apos;, &apos;.&apos; et &apos;-&apos;, sans commencer par &apos;.&apos; ni &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is not valid: it should look like sha256:&lt;64 hex digits&gt;.</source>
        <translation>Le digest «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: il doit avoir la forme sha256:&lt;64 chiffres hexadécimaux&gt;.</translation>
    </message>
    <message>
        <source>The %1 digest has the wrong length.</source>
        <translation>Le digest %1 n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The image reference is empty.</source>
        <translation>La référence d’image est vide.</translation>
    </message>
    <message>
        <source>The image reference contains a space.</source>
        <translation>La référence d’image contient une espace.</translation>
    </message>
    <message>
        <source>The image reference has no image name.</source>
        <translation>La référence d’image n’a pas de nom d’image.</translation>
    </message>
    <message>
        <source>The image name is longer than %1 characters.</source>
        <translation>Le nom d’image dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The image reference names a registry but no image.</source>
        <translation>La référence d’image nomme un registre mais pas d’image.</translation>
    </message>
</context>
<context>
    <name>hci::JournalRestoreBar</name>
    <message>
        <source>%1: reset to the default</source>
        <translation>%1&#xa0;: réinitialisation à la valeur par défaut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Restore &amp;unchanged only</source>
        <translation>Restaurer &amp;uniquement les inchangés</translation>
    </message>
    <message>
        <source>Dis&amp;card them</source>
        <translation>Les é&amp;carter</translation>
    </message>
    <message>
        <source>Queue these edits again; nothing is sent until you apply</source>
        <translation>Remettre ces modifications en attente&#x202f;; rien n’est envoyé avant que vous appliquiez</translation>
    </message>
    <message>
        <source>Queue only the edits of fields the server has not changed since</source>
        <translation>Remettre en attente uniquement les modifications des champs que le serveur n’a pas changés depuis</translation>
    </message>
    <message>
        <source>Forget these edits</source>
        <translation>Oublier ces modifications</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) queued here on %1 were not applied before the app stopped.</source>
        <translation>
            <numerusform>%n modification mise en attente ici sur %1 n’a pas été appliquée avant la fermeture du programme.</numerusform>
            <numerusform>%n modifications mises en attente ici sur %1 n’ont pas été appliquées avant la fermeture du programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>  (changed on the server since)</source>
        <translation>  (modifié sur le serveur depuis)</translation>
    </message>
    <message numerus="yes">
        <source>The server changed %n of these field(s) since: restoring would overwrite %1.</source>
        <translation>
            <numerusform>Le serveur a modifié %n de ces champs depuis&#xa0;: restaurer écraserait %1.</numerusform>
            <numerusform>Le serveur a modifié %n de ces champs depuis&#xa0;: restaurer écraserait %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::LocalStore</name>
    <message>
        <source>The folder for the local store, %1, cannot be created. Queued edits and the history are kept for this run only.</source>
        <translation>Le dossier du stockage local, %1, ne peut pas être créé. Les modifications en attente et l’historique ne sont conservés que pour cette exécution.</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of this app and is left as it is. Queued edits and the history are kept for this run only.</source>
        <translation>Le stockage local %1 a été écrit par une version plus récente de cette application et est laissé tel quel. Les modifications en attente et l’historique ne sont conservés que pour cette exécution.</translation>
    </message>
    <message>
        <source>The local store %1 cannot be opened (%2) nor moved aside. Queued edits and the history are kept for this run only.</source>
        <translation>Le stockage local %1 ne peut être ni ouvert (%2) ni mis de côté. Les modifications en attente et l’historique ne sont conservés que pour cette exécution.</translation>
    </message>
    <message>
        <source>The local store %1 could not be opened (%2) and a new one could not be started either. The old file is now %3. Queued edits and the history are kept for this run only.</source>
        <translation>Le stockage local %1 n’a pas pu être ouvert (%2) et un nouveau n’a pas pu être créé non plus. L’ancien fichier est maintenant %3. Les modifications en attente et l’historique ne sont conservés que pour cette exécution.</translation>
    </message>
    <message numerus="yes">
        <source>The local store could not be read (%1), so it was moved to %2 and a new one was started. %n queued edit(s) were carried over from it.</source>
        <translation>
            <numerusform>Le stockage local n’a pas pu être lu (%1), il a donc été déplacé vers %2 et un nouveau a été créé. %n modification en attente en a été reprise.</numerusform>
            <numerusform>Le stockage local n’a pas pu être lu (%1), il a donc été déplacé vers %2 et un nouveau a été créé. %n modifications en attente en ont été reprises.</numerusform>
        </translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>le pilote SQLite de Qt n’est pas installé</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>la journalisation en écriture anticipée (WAL) n’est pas disponible</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>l’étape de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot rename it</source>
        <translation>impossible de le renommer</translation>
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
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Add, edit, test and open connection profiles</source>
        <translation>Ajouter, modifier, tester et ouvrir des profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the defaults and overrides again (F5)</source>
        <translation>Relire les valeurs par défaut et les surcharges (F5)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>&amp;Tout réinitialiser</translation>
    </message>
    <message>
        <source>Queue a reset to the default for every overridden field</source>
        <translation>Mettre en attente une réinitialisation à la valeur par défaut pour chaque champ surchargé</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Réinitialiser à la valeur par défaut</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Which module&apos;s images to show: CI, IaCM or IDP</source>
        <translation>Le module dont les images sont affichées&#xa0;: CI, IaCM ou IDP</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Which build infrastructure&apos;s images to show: Kubernetes or VMs</source>
        <translation>L’infrastructure de build dont les images sont affichées&#xa0;: Kubernetes ou VM</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Infrastructure:</source>
        <translation>&amp;Infrastructure&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by field, image or tag (Ctrl+F)</source>
        <translation>Filtrer par champ, image ou tag (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show &amp;overrides only</source>
        <translation>Surcharges &amp;uniquement</translation>
    </message>
    <message>
        <source>Hide the fields that use Harness&apos;s default image</source>
        <translation>Masquer les champs qui utilisent l’image par défaut de Harness</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy or limiting requests. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness est occupé ou limite les requêtes. Nouvel essai dans %n seconde…</numerusform>
            <numerusform>Harness est occupé ou limite les requêtes. Nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s); the server confirmed each one.</source>
        <translation>
            <numerusform>%n modification appliquée&#x202f;; le serveur l’a confirmée.</numerusform>
            <numerusform>%n modifications appliquées&#x202f;; le serveur a confirmé chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Bac à sable (%1)</translation>
    </message>
    <message>
        <source>Apply the queued changes before closing?</source>
        <translation>Appliquer les modifications en attente avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to %1 on %2?</source>
        <translation>Appliquer les modifications en attente avant de passer à %1 sur %2&#x202f;?</translation>
    </message>
    <message>
        <source>Apply the queued changes before refreshing?</source>
        <translation>Appliquer les modifications en attente avant d’actualiser&#x202f;?</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message numerus="yes">
        <source>Queue a reset to the default for all %n overridden field(s) of %1 on %2? Nothing is sent until you apply.</source>
        <translation>
            <numerusform>Mettre en attente la réinitialisation du %n champ surchargé de %1 sur %2&#x202f;? Rien n’est envoyé avant que vous appliquiez.</numerusform>
            <numerusform>Mettre en attente la réinitialisation des %n champs surchargés de %1 sur %2&#x202f;? Rien n’est envoyé avant que vous appliquiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n field(s) to their defaults</source>
        <translation>
            <numerusform>Réinitialiser %n champ à sa valeur par défaut</numerusform>
            <numerusform>Réinitialiser %n champs à leur valeur par défaut</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the images. %1</source>
        <translation>Impossible de charger les images. %1</translation>
    </message>
    <message>
        <source>Could not refresh; showing what was loaded before. %1</source>
        <translation>Impossible d’actualiser&#x202f;; affichage de ce qui avait été chargé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued. %1</source>
        <translation>
            <numerusform>%n modification n’a pas été prise en compte et reste en attente. %1</numerusform>
            <numerusform>%n modifications n’ont pas été prises en compte et restent en attente. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are queued and not sent yet.</source>
        <translation>
            <numerusform>%n modification est en attente et n’a pas encore été envoyée.</numerusform>
            <numerusform>%n modifications sont en attente et n’ont pas encore été envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Appliquer (%n)</numerusform>
            <numerusform>Appliquer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the queued changes and send them (Ctrl+Return)</source>
        <translation>Vérifier les modifications en attente et les envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>Compte %1 sur %2</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Harness CI Images</source>
        <translation>À &amp;propos de Harness CI Images</translation>
    </message>
    <message>
        <source>About Harness CI Images</source>
        <translation>À propos de Harness CI Images</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts</source>
        <translation>Prend effet au prochain démarrage de l’application</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Harness CI Images will speak %1 the next time it starts.</source>
        <translation>Harness CI Images sera en %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Keys kept in memory for this run</source>
        <translation>Clés gardées en mémoire pour cette session</translation>
    </message>
    <message>
        <source>No keychain was available, so API keys are not saved: they are forgotten when the app quits.</source>
        <translation>Aucun trousseau n’était disponible, les clés d’API ne sont donc pas enregistrées&#xa0;: elles seront oubliées à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to another profile?</source>
        <translation>Appliquer les modifications en attente avant de passer à un autre profil&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot open the Environment profile: %1</source>
        <translation>Impossible d’ouvrir le profil Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Ce profil n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the key of “%1”…</source>
        <translation>Lecture de la clé de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1 (compte %2 sur %3)</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — Harness CI Images</source>
        <translation>PRODUCTION — %1 — Harness CI Images</translation>
    </message>
    <message>
        <source>%1 — Harness CI Images</source>
        <translation>%1 — Harness CI Images</translation>
    </message>
    <message>
        <source>Tags are looked up on the mirror without its password. %1</source>
        <translation>Les tags sont recherchés sur le miroir sans son mot de passe. %1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Abandonner les mo&amp;difications</translation>
    </message>
    <message>
        <source>Drop every queued change without sending it</source>
        <translation>Abandonner toutes les modifications en attente sans les envoyer</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Show overrides only</source>
        <translation>Afficher uniquement les surcharges</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; open another account once it has settled.</source>
        <translation>Une application vers %1 est encore en cours&#x202f;; ouvrez un autre compte une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>An apply is still running; switch the module or infrastructure once it has settled.</source>
        <translation>Une application est encore en cours&#x202f;; changez de module ou d’infrastructure une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>An apply is still running; its read-back refreshes the table when it has settled.</source>
        <translation>Une application est encore en cours&#x202f;; sa relecture actualisera le tableau une fois terminée.</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>Chargement interrompu.</translation>
    </message>
    <message>
        <source>Loading stopped; showing what was loaded before.</source>
        <translation>Chargement interrompu&#x202f;; affichage de ce qui avait été chargé avant.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for the server; nothing has been sent yet</source>
        <translation>Arrêter d’attendre le serveur&#x202f;; rien n’a encore été envoyé</translation>
    </message>
    <message>
        <source>Cancel reading from the server</source>
        <translation>Annuler la lecture depuis le serveur</translation>
    </message>
    <message numerus="yes">
        <source>Apply cancelled before anything was sent; the %n change(s) stay queued.</source>
        <translation>
            <numerusform>Application annulée avant tout envoi&#x202f;; %n modification reste en attente.</numerusform>
            <numerusform>Application annulée avant tout envoi&#x202f;; les %n modifications restent en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another window&apos;s apply to this account to finish: Harness saves one document per account, so writes go one at a time.</source>
        <translation>En attente de la fin de l’application d’une autre fenêtre sur ce compte&#xa0;: Harness enregistre un document par compte, donc les écritures se font une à une.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n change(s) one at a time to find the ones Harness refuses…</source>
        <translation>
            <numerusform>Envoi de %n modification seule pour voir si Harness la refuse…</numerusform>
            <numerusform>Envoi des %n modifications une à une pour trouver celles que Harness refuse…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued.</source>
        <translation>
            <numerusform>%n modification n’a pas pris effet et reste en attente.</numerusform>
            <numerusform>%n modifications n’ont pas pris effet et restent en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness answered with its generic internal error, which it also gives when one field is not accepted on %1; it names no field and saved nothing of that request. Send its %n change(s) one at a time to find the refused ones? Those Harness accepts are saved.</source>
        <translation>
            <numerusform>Harness a répondu avec son erreur interne générique, qu’il renvoie aussi quand un champ n’est pas accepté sur %1&#x202f;; elle ne nomme aucun champ et rien de cette requête n’a été enregistré. Envoyer ses modifications (%n) une à une pour trouver celles qui sont refusées&#x202f;? Celles que Harness accepte sont enregistrées.</numerusform>
            <numerusform>Harness a répondu avec son erreur interne générique, qu’il renvoie aussi quand un champ n’est pas accepté sur %1&#x202f;; elle ne nomme aucun champ et rien de cette requête n’a été enregistré. Envoyer ses modifications (%n) une à une pour trouver celles qui sont refusées&#x202f;? Celles que Harness accepte sont enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Harness refuses %1 on %2: a request with that field alone got its generic internal error, and nothing of it was saved.</source>
        <translation>Harness refuse %1 sur %2&#xa0;: une requête avec ce seul champ a reçu son erreur interne générique, et rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>Find the refused fields</source>
        <translation>Trouver les champs refusés</translation>
    </message>
    <message>
        <source>Send each change of the refused request on its own, one after another, then read back</source>
        <translation>Envoyer chaque modification de la requête refusée séparément, l’une après l’autre, puis relire</translation>
    </message>
    <message numerus="yes">
        <source>Sent one at a time, every change took (%n in all); the server confirmed each one.</source>
        <translation>
            <numerusform>Envoyée seule, la modification a pris effet (%n au total)&#x202f;; le serveur l’a confirmée.</numerusform>
            <numerusform>Envoyées une à une, toutes les modifications ont pris effet (%n au total)&#x202f;; le serveur a confirmé chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses %n field(s) on %1, which stay queued: %2.</source>
        <translation>
            <numerusform>Harness refuse %n champ sur %1, qui reste en attente&#xa0;: %2.</numerusform>
            <numerusform>Harness refuse %n champs sur %1, qui restent en attente&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) took.</source>
        <translation>
            <numerusform>L’autre modification (%n) a pris effet.</numerusform>
            <numerusform>Les %n autres modifications ont pris effet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Harness refused this change when it was sent alone (HTTP %1, correlation ID %2).</source>
        <translation>Harness a refusé cette modification lorsqu’elle a été envoyée seule (HTTP %1, ID de corrélation %2).</translation>
    </message>
    <message>
        <source>Apply in flight</source>
        <translation>Application en cours</translation>
    </message>
    <message>
        <source>Changes are being sent to %1, and the server has not confirmed them yet.</source>
        <translation>Des modifications sont en cours d’envoi vers %1, et le serveur ne les a pas encore confirmées.</translation>
    </message>
    <message>
        <source>Wait, and the window closes once the apply has settled. If you close now, the outcome is unknown: the app checks what took the next time you open this account.</source>
        <translation>Patientez&#xa0;: la fenêtre se ferme une fois l’application terminée. Si vous fermez maintenant, le résultat est inconnu&#xa0;: le programme vérifiera ce qui a pris effet la prochaine fois que vous ouvrirez ce compte.</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Attendre</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>The window closes once the apply to %1 has settled.</source>
        <translation>La fenêtre se fermera une fois l’application vers %1 terminée.</translation>
    </message>
    <message numerus="yes">
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of its change(s) took.</source>
        <translation>
            <numerusform>Le programme a été fermé pendant qu’une application vers %1 sur %2 était en cours (%3)&#x202f;; le serveur indique que sa modification (%n) a pris effet.</numerusform>
            <numerusform>Le programme a été fermé pendant qu’une application vers %1 sur %2 était en cours (%3)&#x202f;; le serveur indique que ses %n modifications ont toutes pris effet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); %4 of its changes took, these did not: %5. Queue them again if you still want them.</source>
        <translation>Le programme a été fermé pendant qu’une application vers %1 sur %2 était en cours (%3)&#x202f;; %4 de ses modifications ont pris effet, pas celles-ci&#xa0;: %5. Remettez-les en attente si vous les voulez toujours.</translation>
    </message>
    <message>
        <source>Edit &amp;override…</source>
        <translation>M&amp;odifier la surcharge…</translation>
    </message>
    <message>
        <source>Type a new image for the selected field (F2)</source>
        <translation>Saisir une nouvelle image pour le champ sélectionné (F2)</translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>Afficher tous les champs</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <source>No field matches “%1”.</source>
        <translation>Aucun champ ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No field is overridden here: every field uses Harness&apos;s default image.</source>
        <translation>Aucun champ n’est surchargé ici&#xa0;: chaque champ utilise l’image par défaut de Harness.</translation>
    </message>
    <message>
        <source>Open the profile to enter a new API key</source>
        <translation>Ouvrir le profil pour saisir une nouvelle clé d’API</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n field(s) read-only</source>
        <translation>
            <numerusform>%1 · %n champ en lecture seule</numerusform>
            <numerusform>%1 · %n champs en lecture seule</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent values that are not image references for: %1. They show as the server sent them and are never changed or sent back.</source>
        <translation>Le serveur a envoyé des valeurs qui ne sont pas des références d’image pour&#xa0;: %1. Elles sont affichées telles quelles et ne sont jamais modifiées ni renvoyées.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Mirror to a registry…</source>
        <translation>&amp;Mettre en miroir vers un registre…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now point at the mirror. Review and apply them when the images are copied.</source>
        <translation>
            <numerusform>%n champ pointe maintenant vers le miroir. Vérifiez-le et appliquez-le une fois les images copiées.</numerusform>
            <numerusform>%n champs pointent maintenant vers le miroir. Vérifiez-les et appliquez-les une fois les images copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>Open an account first: the comparison starts from what this window shows.</source>
        <translation>Ouvrez d’abord un compte&#xa0;: la comparaison part de ce qu’affiche cette fenêtre.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;See and change the container images Harness CI runs pipelines with.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Application ID: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;Consultez et modifiez les images de conteneur avec lesquelles Harness CI exécute les pipelines.&lt;/p&gt;&lt;p&gt;Sous licence Apache, version 2.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;ID d’application&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; switch to another profile once it has settled.</source>
        <translation>Une application vers %1 est encore en cours&#x202f;; passez à un autre profil une fois qu’elle est terminée.</translation>
    </message>
</context>
<context>
    <name>hci::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Try the same again</source>
        <translation>Réessayer la même chose</translation>
    </message>
    <message>
        <source>Show what the server answered, with its correlation ID</source>
        <translation>Afficher la réponse du serveur, avec son ID de corrélation</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>Étape suivante suggérée</translation>
    </message>
</context>
<context>
    <name>hci::MirrorDialog</name>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>Ligne &amp;sélectionnée (%n)</numerusform>
            <numerusform>Lignes &amp;sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All rows</source>
        <translation>&amp;Toutes les lignes</translation>
    </message>
    <message>
        <source>Save &amp;copy list…</source>
        <translation>Enregistrer la liste de &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Queue overrides</source>
        <translation>&amp;Mettre les surcharges en attente</translation>
    </message>
    <message>
        <source>Mirror to a registry</source>
        <translation>Mettre en miroir vers un registre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>In the mirror</source>
        <translation>Dans le miroir</translation>
    </message>
    <message>
        <source>&amp;Target prefix:</source>
        <translation>&amp;Préfixe cible&#xa0;:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Each image is copied under the prefix with its repository path and tag; the fields are then pointed at the copies. Copy the images (the copy list has a skopeo script) before pipelines run with the new overrides.</source>
        <translation>Chaque image est copiée sous le préfixe avec son chemin de dépôt et son tag&#x202f;; les champs pointent ensuite vers les copies. Copiez les images (la liste de copie contient un script skopeo) avant que les pipelines tournent avec les nouvelles surcharges.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before applying.</source>
        <translation>
            <numerusform>%n image n’est pas encore dans le miroir&#xa0;: copiez-la avant d’appliquer.</numerusform>
            <numerusform>%n images ne sont pas encore dans le miroir&#xa0;: copiez-les avant d’appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be checked: %1</source>
        <translation>
            <numerusform>%n image n’a pas pu être vérifiée&#xa0;: %1</numerusform>
            <numerusform>%n images n’ont pas pu être vérifiées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mirror holds every image these fields would use.</source>
        <translation>Le miroir contient toutes les images que ces champs utiliseraient.</translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>Aucun champ à faire pointer vers le miroir.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: copy it first</source>
        <translation>non&#xa0;: copiez-la d’abord</translation>
    </message>
    <message>
        <source>Saved the copy list to %1 and its skopeo script to %2.</source>
        <translation>Liste de copie enregistrée dans %1 et son script skopeo dans %2.</translation>
    </message>
    <message>
        <source>Save Copy List</source>
        <translation>Enregistrer la liste de copie</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not queued:</source>
        <translation>Non mis en attente&#xa0;:</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPlan</name>
    <message>
        <source>There is no field &quot;%1&quot; here.</source>
        <translation>Il n’y a pas de champ «&#xa0;%1&#xa0;» ici.</translation>
    </message>
    <message>
        <source>%1 is read-only: it is not mirrored.</source>
        <translation>%1 est en lecture seule&#xa0;: il n’est pas mis en miroir.</translation>
    </message>
    <message>
        <source>%1 has no image to mirror.</source>
        <translation>%1 n’a pas d’image à mettre en miroir.</translation>
    </message>
    <message>
        <source>%1 already uses the mirror: %2</source>
        <translation>%1 utilise déjà le miroir&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; cannot be mirrored: %3</source>
        <translation>%1 = &quot;%2&quot; ne peut pas être mis en miroir&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Point %n field(s) at the mirror %1</source>
        <translation>
            <numerusform>Faire pointer %n champ vers le miroir %1</numerusform>
            <numerusform>Faire pointer %n champs vers le miroir %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPrefix</name>
    <message>
        <source>Enter the mirror&apos;s registry and path, for example artifactory.example.com/harness-mirror.</source>
        <translation>Saisissez le registre et le chemin du miroir, par exemple artifactory.example.com/harness-mirror.</translation>
    </message>
    <message>
        <source>Leave out the scheme: enter the registry host and path, for example artifactory.example.com/harness-mirror.</source>
        <translation>Omettez le schéma&#xa0;: saisissez l’hôte et le chemin du registre, par exemple artifactory.example.com/harness-mirror.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin de registre&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a registry host: name one with a dot or a port, for example registry.example.com/%1 or localhost:5000/%1.</source>
        <translation>«&#xa0;%1&#xa0;» ne commence pas par un hôte de registre&#xa0;: indiquez-en un avec un point ou un port, par exemple registry.example.com/%1 ou localhost:5000/%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: leave out tags and digests.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin de registre&#xa0;: omettez les tags et les digests.</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPresence</name>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>vérification impossible&#xa0;: %1</translation>
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
        <translation>Ce profil n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n field(s)</source>
        <translation>
            <numerusform>Copier %n champ</numerusform>
            <numerusform>Copier %n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 est en lecture seule&#xa0;: le serveur a envoyé une valeur que cette application ne modifie pas.</translation>
    </message>
</context>
<context>
    <name>hci::OverrideEditor</name>
    <message>
        <source>Empty resets to the default</source>
        <translation>Vide&#xa0;: retour à la valeur par défaut</translation>
    </message>
    <message>
        <source>Empty resets the field to its default</source>
        <translation>Vide&#xa0;: le champ revient à sa valeur par défaut</translation>
    </message>
    <message>
        <source>Sets %1</source>
        <translation>Définit %1</translation>
    </message>
</context>
<context>
    <name>hci::OverridesFile</name>
    <message>
        <source>It is not JSON: %1 at character %2.</source>
        <translation>Ce n’est pas du JSON&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>It names no format; an exported file says &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Il n’indique aucun format&#x202f;; un fichier exporté contient &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Its format is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Son format est «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>It has no &quot;scopes&quot; array.</source>
        <translation>Il ne contient pas de tableau &quot;scopes&quot;.</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>périmètre %1</translation>
    </message>
    <message>
        <source>%1: needs &quot;module&quot; (ci, iacm or idp) and &quot;infra&quot; (K8 or VM).</source>
        <translation>%1&#xa0;: &quot;module&quot; (ci, iacm ou idp) et &quot;infra&quot; (K8 ou VM) sont requis.</translation>
    </message>
    <message>
        <source>%1: %2 is in the file twice.</source>
        <translation>%1&#xa0;: %2 figure deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;overrides&quot; is not an object of field names and images.</source>
        <translation>%1 (%2)&#xa0;: &quot;overrides&quot; n’est pas un objet de noms de champs et d’images.</translation>
    </message>
    <message>
        <source>%1: %2 is not an image reference.</source>
        <translation>%1&#xa0;: %2 n’est pas une référence d’image.</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot;: %4</source>
        <translation>%1&#xa0;: %2 = «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>hci::OverridesFileActions</name>
    <message>
        <source>Overrides file (*.json)</source>
        <translation>Fichier de surcharges (*.json)</translation>
    </message>
    <message>
        <source>Terraform (*.tf)</source>
        <translation>Terraform (*.tf)</translation>
    </message>
    <message>
        <source>&amp;Export overrides…</source>
        <translation>&amp;Exporter les surcharges…</translation>
    </message>
    <message>
        <source>&amp;Import overrides…</source>
        <translation>&amp;Importer les surcharges…</translation>
    </message>
    <message>
        <source>Write the overrides to a JSON or Terraform file; the API key stays out</source>
        <translation>Écrire les surcharges dans un fichier JSON ou Terraform&#x202f;; la clé d’API n’y figure pas</translation>
    </message>
    <message>
        <source>Queue the overrides of an exported file here; nothing is sent before the review</source>
        <translation>Mettre ici en attente les surcharges d’un fichier exporté&#x202f;; rien n’est envoyé avant la vérification</translation>
    </message>
    <message>
        <source>Export overrides</source>
        <translation>Exporter les surcharges</translation>
    </message>
    <message>
        <source>Import overrides</source>
        <translation>Importer les surcharges</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export the overrides of %1 only, or of every module and infrastructure?</source>
        <translation>Exporter les surcharges de %1 uniquement, ou de tous les modules et infrastructures&#x202f;?</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Nothing was written: another account was opened while the overrides were read.</source>
        <translation>Rien n’a été écrit&#xa0;: un autre compte a été ouvert pendant la lecture des surcharges.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 could not be read.</source>
        <translation>Rien n’a été écrit&#xa0;: impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s) to %1.</source>
        <translation>
            <numerusform>%n surcharge exportée vers %1.</numerusform>
            <numerusform>%n surcharges exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was queued.</source>
        <translation>Impossible d’importer %1&#x202f;; rien n’a été mis en attente.</translation>
    </message>
    <message>
        <source>This file was exported from account %1, and this window is open on account %2. Queue its overrides here?</source>
        <translation>Ce fichier a été exporté depuis le compte %1, et cette fenêtre est ouverte sur le compte %2. Mettre ses surcharges en attente ici&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Queue here</source>
        <translation>&amp;Mettre en attente ici</translation>
    </message>
    <message>
        <source>Not imported, because this window shows %1: %2. Switch to each and import the file again.</source>
        <translation>Non importé, car cette fenêtre affiche %1&#xa0;: %2. Passez à chacun d’eux et importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The file has no overrides for %1; nothing was queued.</source>
        <translation>Le fichier ne contient aucune surcharge pour %1&#x202f;; rien n’a été mis en attente.</translation>
    </message>
    <message>
        <source>An apply is in progress; import the file once it is done.</source>
        <translation>Une application est en cours&#x202f;; importez le fichier une fois qu’elle est terminée.</translation>
    </message>
    <message>
        <source>Not queued, because %1 does not list them on this account: %2.</source>
        <translation>Non mis en attente, car %1 ne les répertorie pas sur ce compte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The overrides of %1 already equal the file&apos;s: nothing to change.</source>
        <translation>Les surcharges de %1 sont déjà identiques à celles du fichier&#xa0;: rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued from the file; nothing is sent until you apply.</source>
        <translation>
            <numerusform>%n modification mise en attente depuis le fichier&#x202f;; rien n’est envoyé avant que vous appliquiez.</numerusform>
            <numerusform>%n modifications mises en attente depuis le fichier&#x202f;; rien n’est envoyé avant que vous appliquiez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::OverridesImport</name>
    <message>
        <source>Import overrides</source>
        <translation>Importer les surcharges</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>hci::Profile</name>
    <message>
        <source>Environment (HARNESS_API_KEY)</source>
        <translation>Environnement (HARNESS_API_KEY)</translation>
    </message>
    <message>
        <source>HARNESS_BASE_URL cannot be used: %1</source>
        <translation>HARNESS_BASE_URL est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set HARNESS_ACCOUNT_ID: the key in HARNESS_API_KEY does not name an account.</source>
        <translation>Définissez HARNESS_ACCOUNT_ID&#xa0;: la clé de HARNESS_API_KEY ne nomme aucun compte.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the account ID (it fills itself in from a pat. or sat. key).</source>
        <translation>Saisissez l’ID du compte (il se remplit tout seul à partir d’une clé pat. ou sat.).</translation>
    </message>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>Bac à sable (intégré)</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>Profil sans nom</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>hci::ProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Keep the key in &amp;memory for this run</source>
        <translation>Garder la clé en &amp;mémoire pour cette session</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — PRODUCTION</translation>
    </message>
    <message>
        <source>New profile (not saved)</source>
        <translation>Nouveau profil (non enregistré)</translation>
    </message>
    <message>
        <source>The sandbox is a Harness-compatible server inside this app, on 127.0.0.1, with the documented default images and a few demo overrides. Nothing leaves this computer, and its changes are forgotten when the app quits.</source>
        <translation>Le bac à sable est un serveur compatible Harness intégré à cette application, sur 127.0.0.1, avec les images par défaut documentées et quelques surcharges de démonstration. Rien ne quitte cet ordinateur, et ses modifications sont oubliées à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>From the environment: HARNESS_API_KEY, with HARNESS_ACCOUNT_ID and HARNESS_BASE_URL when set. Account %1 on %2. Used for this run as it is and never stored; change the variables to change it.</source>
        <translation>Depuis l’environnement&#xa0;: HARNESS_API_KEY, avec HARNESS_ACCOUNT_ID et HARNESS_BASE_URL s’ils sont définis. Compte %1 sur %2. Utilisé tel quel pour cette session et jamais enregistré&#x202f;; modifiez les variables pour le changer.</translation>
    </message>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>Saisissez la clé d’API de ce profil.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Enregistrement de la clé…</translation>
    </message>
    <message>
        <source>The profile is saved, but its key is not.</source>
        <translation>Le profil est enregistré, mais pas sa clé.</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is kept in memory for this run only.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré. Sa clé est gardée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is in the system keychain.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré. Sa clé est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Made “%1”; the original had no key to copy, so enter one.</source>
        <translation>«&#xa0;%1&#xa0;» créé&#x202f;; l’original n’avait pas de clé à copier, saisissez-en une.</translation>
    </message>
    <message>
        <source>Made “%1”, but its key could not be copied.</source>
        <translation>«&#xa0;%1&#xa0;» créé, mais sa clé n’a pas pu être copiée.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its API key is removed from the system keychain too.</source>
        <translation>Sa clé d’API est aussi retirée du trousseau du système.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>Deleted “%1” and its key.</source>
        <translation>«&#xa0;%1&#xa0;» et sa clé ont été supprimés.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Le trousseau a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The built-in sandbox, the environment&apos;s key when set, and your profiles</source>
        <translation>Le bac à sable intégré, la clé de l’environnement si elle est définie, et vos profils</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>Commencer un nouveau profil</translation>
    </message>
    <message>
        <source>Copy the selected profile and its key under a new name</source>
        <translation>Copier le profil sélectionné et sa clé sous un nouveau nom</translation>
    </message>
    <message>
        <source>Delete the selected profile and remove its key from the keychain</source>
        <translation>Supprimer le profil sélectionné et retirer sa clé du trousseau</translation>
    </message>
    <message>
        <source>Use keys without saving them for the rest of this run; they are forgotten when the app quits</source>
        <translation>Utiliser les clés sans les enregistrer pour le reste de cette session&#x202f;; elles sont oubliées à la fermeture de l’application</translation>
    </message>
    <message>
        <source>Try the keychain again, e.g. after starting or unlocking it</source>
        <translation>Réessayer le trousseau, p. ex. après l’avoir démarré ou déverrouillé</translation>
    </message>
    <message>
        <source>Save the profile; a typed key goes to the system keychain</source>
        <translation>Enregistrer le profil&#x202f;; une clé saisie va dans le trousseau du système</translation>
    </message>
    <message>
        <source>Save any changes and open the selected profile</source>
        <translation>Enregistrer les modifications et ouvrir le profil sélectionné</translation>
    </message>
    <message>
        <source>Close this window; unsaved changes are asked about first</source>
        <translation>Fermer cette fenêtre&#x202f;; les modifications non enregistrées sont d’abord proposées à l’enregistrement</translation>
    </message>
    <message>
        <source>The mirror password was not saved. %1</source>
        <translation>Le mot de passe du miroir n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>Saves the changes first, then opens this profile</source>
        <translation>Enregistre d’abord les modifications, puis ouvre ce profil</translation>
    </message>
    <message>
        <source>Open the selected profile</source>
        <translation>Ouvrir le profil sélectionné</translation>
    </message>
</context>
<context>
    <name>hci::ProfileEditing</name>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>Saisissez la clé d’API de ce profil.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Ce profil n’existe plus.</translation>
    </message>
</context>
<context>
    <name>hci::ProfileForm</name>
    <message>
        <source>This is a &amp;production account</source>
        <translation>C’est un compte de &amp;production</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <source>https://harness.example.com</source>
        <translation>https://harness.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Filled in from a pat. or sat. key</source>
        <translation>Déduit d’une clé pat. ou sat.</translation>
    </message>
    <message>
        <source>API key (X-API-KEY header)</source>
        <translation>Clé d’API (en-tête X-API-KEY)</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Jeton Bearer (en-tête Authorization)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>A red PRODUCTION marker shows in the toolbar, the title and every apply review while this profile is open.</source>
        <translation>Tant que ce profil est ouvert, un repère rouge PRODUCTION s’affiche dans la barre d’outils, le titre et chaque vérification avant application.</translation>
    </message>
    <message>
        <source>Read the default images once with these settings and this key</source>
        <translation>Lire une fois les images par défaut avec ces paramètres et cette clé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d’AP&amp;I&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Couleu&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>This key belongs to account %1, not %2: Harness will refuse it.</source>
        <translation>Cette clé appartient au compte %1, pas à %2&#xa0;: Harness la refusera.</translation>
    </message>
    <message>
        <source>Filled in from the key.</source>
        <translation>Déduit de la clé.</translation>
    </message>
    <message>
        <source>Saved in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>Enregistrée dans le trousseau du système. Laissez vide pour la garder, ou saisissez une nouvelle clé pour la remplacer.</translation>
    </message>
    <message>
        <source>Kept in memory for this run only. Type a new key to replace it.</source>
        <translation>Gardée en mémoire pour cette session seulement. Saisissez une nouvelle clé pour la remplacer.</translation>
    </message>
    <message>
        <source>Paste a Harness API key (pat.… or sat.…). It is saved in the system keychain only.</source>
        <translation>Collez une clé d’API Harness (pat.… ou sat.…). Elle est enregistrée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>pat.… or sat.…</source>
        <translation>pat.… ou sat.…</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>•••••••• (enregistrée)</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Saisissez la clé d’API pour tester la connexion.</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Lecture de la clé…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: account %1 on %2 sent %n default image(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: le compte %1 sur %2 a envoyé %n image par défaut.</numerusform>
            <numerusform>Connecté&#xa0;: le compte %1 sur %2 a envoyé %n images par défaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile switcher and the window title show</source>
        <translation>Le nom affiché par le sélecteur de profil et le titre de la fenêtre</translation>
    </message>
    <message>
        <source>The Harness cluster of the account; Custom URL for a vanity host or the Self-Managed Platform</source>
        <translation>Le cluster Harness du compte&#x202f;; «&#xa0;URL personnalisée&#xa0;» pour un nom d’hôte personnalisé ou la Self-Managed Platform</translation>
    </message>
    <message>
        <source>The address of the Harness server; /gateway is added when missing</source>
        <translation>L’adresse du serveur Harness&#x202f;; /gateway est ajouté s’il manque</translation>
    </message>
    <message>
        <source>A Harness API key or token; it is kept in the system keychain, never in a file</source>
        <translation>Une clé ou un jeton d’API Harness&#x202f;; elle est gardée dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>The Harness account ID, sent with every request</source>
        <translation>L’ID du compte Harness, envoyé avec chaque requête</translation>
    </message>
    <message>
        <source>How the key is sent: as an API key (the usual way), or as a Bearer token</source>
        <translation>Comment la clé est envoyée&#xa0;: comme clé d’API (le cas habituel) ou comme jeton Bearer</translation>
    </message>
    <message>
        <source>The colour of this profile&apos;s marker in the toolbar</source>
        <translation>La couleur du repère de ce profil dans la barre d’outils</translation>
    </message>
    <message>
        <source>Cluste&amp;r:</source>
        <translation>C&amp;luster&#xa0;:</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>ID de c&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentification&#xa0;:</translation>
    </message>
    <message>
        <source>Registry mirror for Harness images</source>
        <translation>Miroir de registre pour les images Harness</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub</source>
        <translation>Rechercher les tags des images de Harness (harness/*, plugins/*) dans ce registre plutôt que sur Docker Hub, par ex. mirror.example.com ou mirror.example.com:5000/dockerhub</translation>
    </message>
    <message>
        <source>A user name for a private mirror; leave empty when it needs none</source>
        <translation>Un nom d’utilisateur pour un miroir privé&#x202f;; laisser vide s’il n’en demande pas</translation>
    </message>
    <message>
        <source>Mirror password</source>
        <translation>Mot de passe du miroir</translation>
    </message>
    <message>
        <source>The mirror&apos;s password or access token; it is kept in the system keychain, never in a file. Leave empty to keep the stored one.</source>
        <translation>Le mot de passe ou jeton d’accès du miroir&#x202f;; il est conservé dans le trousseau du système, jamais dans un fichier. Laisser vide pour garder celui enregistré.</translation>
    </message>
    <message>
        <source>Mirror pass&amp;word:</source>
        <translation>&amp;Jeton ou mot de passe du miroir&#xa0;:</translation>
    </message>
    <message>
        <source>Registry mirror: %1</source>
        <translation>Miroir de registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registr&amp;y mirror:</source>
        <translation>Miroir de re&amp;gistre&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;for the mirror:</source>
        <translation>Identi&amp;fiant du miroir&#xa0;:</translation>
    </message>
    <message>
        <source>Registry mirror sign-in…</source>
        <translation>Connexion au miroir de registre…</translation>
    </message>
    <message>
        <source>A user name and password for a private mirror; leave it folded when the mirror needs none</source>
        <translation>Un nom d’utilisateur et un mot de passe pour un miroir privé&#x202f;; laissez replié si le miroir n’en a pas besoin</translation>
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
        <translation>Passer à un autre profil de connexion</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Choisir un profil…</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>PRODUCTION · %1</translation>
    </message>
    <message>
        <source>Production account on %1</source>
        <translation>Compte de production sur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: a production account, changes here affect real pipelines.</source>
        <translation>%1&#xa0;: un compte de production, les modifications ici touchent de vrais pipelines.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hci::RegistryClient</name>
    <message>
        <source>the next page is on %1</source>
        <translation>la page suivante est sur %1</translation>
    </message>
</context>
<context>
    <name>hci::RegistryError</name>
    <message>
        <source>The registry</source>
        <translation>Le registre</translation>
    </message>
    <message>
        <source>This is not an image reference the registry can be asked about.</source>
        <translation>Ce n’est pas une référence d’image que l’on peut demander au registre.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 est injoignable.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate was not trusted.</source>
        <translation>La connexion sécurisée à %1 a échoué&#x202f;; son certificat n’était pas approuvé.</translation>
    </message>
    <message>
        <source>%1 refused the lookup: the image is private, or the credentials for it are wrong.</source>
        <translation>%1 a refusé la recherche&#xa0;: l’image est privée, ou les identifiants sont erronés.</translation>
    </message>
    <message>
        <source>%1 has no such image.</source>
        <translation>%1 n’a pas cette image.</translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 limite les requêtes&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>%1 sent more than the app reads.</source>
        <translation>%1 a envoyé plus que ce que l’application lit.</translation>
    </message>
    <message>
        <source>%1 sent the lookup elsewhere; it was not followed.</source>
        <translation>%1 a redirigé la recherche ailleurs&#x202f;; la redirection n’a pas été suivie.</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was not asked: registry lookups stay on this computer (HARNESS_CI_IMAGES_OFFLINE is set).</source>
        <translation>%1 n’a pas été interrogé : les recherches dans les registres restent sur cet ordinateur (HARNESS_CI_IMAGES_OFFLINE est défini).</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un hôte de registre&#xa0;: indiquez-en un, comme mirror.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>Le simple http:// n’est permis que vers cet ordinateur&#x202f;; utilisez https://.</translation>
    </message>
</context>
<context>
    <name>hci::SandboxLoader</name>
    <message>
        <source>The module %1 cannot be loaded: %2</source>
        <translation>Impossible de charger le module %1 : %2</translation>
    </message>
    <message>
        <source>The module %1 belongs to another version of the app; reinstall the app.</source>
        <translation>Le module %1 appartient à une autre version de l’application ; réinstallez l’application.</translation>
    </message>
    <message>
        <source>The module %1 is not installed (looked in %2); reinstall the app.</source>
        <translation>Le module %1 n’est pas installé (cherché dans %2) ; réinstallez l’application.</translation>
    </message>
</context>
<context>
    <name>hci::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>Impossible d’écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: it may be in use.</source>
        <translation>Impossible d’écouter sur 127.0.0.1 port %1&#xa0;: il est peut-être déjà utilisé.</translation>
    </message>
    <message>
        <source>The API key, the read-only key and the key without rights must differ.</source>
        <translation>La clé d’API, la clé en lecture seule et la clé sans droits doivent être différentes.</translation>
    </message>
</context>
<context>
    <name>hci::SecretStore</name>
    <message>
        <source>The API key could not be read from the keychain.</source>
        <translation>La clé d’API n’a pas pu être lue dans le trousseau.</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain.</source>
        <translation>La clé d’API n’a pas pu être enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain.</source>
        <translation>La clé d’API n’a pas pu être retirée du trousseau.</translation>
    </message>
    <message>
        <source>No API key is stored for this profile. Open Profiles…, enter the key and save.</source>
        <translation>Aucune clé d’API n’est enregistrée pour ce profil. Ouvrez «&#xa0;Profils…&#xa0;», saisissez la clé et enregistrez.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example in Passwords and Keys, or KWallet Manager) and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le (par exemple dans «&#xa0;Mots de passe et clés&#xa0;» ou le gestionnaire KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Try again, and allow Harness CI Images when the keychain asks.</source>
        <translation>L’accès au trousseau a été refusé. Réessayez, et autorisez Harness CI Images quand le trousseau le demande.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Check that gnome-keyring or KWallet is running and unlocked and try again, or keep the key in memory for this run only.</source>
        <translation>Le trousseau a signalé une erreur. Vérifiez que gnome-keyring ou KWallet fonctionne et est déverrouillé, puis réessayez, ou gardez la clé en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>No keychain is running in this session. Start gnome-keyring (GNOME and most desktops) or KWallet (KDE) and try again; or keep the key in memory for this run only, or set HARNESS_API_KEY before starting the app.</source>
        <translation>Aucun trousseau ne fonctionne dans cette session. Démarrez gnome-keyring (GNOME et la plupart des bureaux) ou KWallet (KDE) et réessayez&#x202f;; ou gardez la clé en mémoire pour cette session seulement, ou définissez HARNESS_API_KEY avant de lancer l’application.</translation>
    </message>
</context>
<context>
    <name>hci::ServerQuirks</name>
    <message>
        <source>Harness lists %1 for %2, but refuses to change it there: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness répertorie %1 pour %2, mais refuse de le modifier à cet endroit&#xa0;: sa mise à jour ou sa réinitialisation échoue avec une erreur serveur générique, et rien d’autre de cette requête n’est enregistré.</translation>
    </message>
    <message>
        <source>Harness refuses to change %1 for %2: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness refuse de modifier %1 pour %2&#xa0;: sa mise à jour ou sa réinitialisation échoue avec une erreur serveur générique, et rien d’autre de cette requête n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>hci::SinceLastLookPanel</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Sho&amp;w these rows</source>
        <translation>&amp;Afficher ces lignes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Select the rows that changed in the table</source>
        <translation>Sélectionner dans le tableau les lignes qui ont changé</translation>
    </message>
    <message>
        <source>Hide this summary; it does not come back for the same change</source>
        <translation>Masquer ce résumé&#x202f;; il ne réapparaît pas pour la même modification</translation>
    </message>
    <message>
        <source>Changed on the server since you last looked (%1):</source>
        <translation>Modifié sur le serveur depuis votre dernière consultation (%1)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Harness changed %n default(s):</source>
        <translation>
            <numerusform>Harness a modifié %n valeur par défaut&#xa0;:</numerusform>
            <numerusform>Harness a modifié %n valeurs par défaut&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  • %1: %2 → %3</source>
        <translation>  • %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source> (your override %1 is no longer supported)</source>
        <translation> (votre surcharge %1 n’est plus prise en charge)</translation>
    </message>
    <message>
        <source> (your override %1 is now behind)</source>
        <translation> (votre surcharge %1 est désormais en retard)</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … et %n autre</numerusform>
            <numerusform>  … et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) changed outside this app:</source>
        <translation>
            <numerusform>%n surcharge modifiée hors de cette application&#xa0;:</numerusform>
            <numerusform>%n surcharges modifiées hors de cette application&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::TagCompleter</name>
    <message>
        <source>Tags of the image</source>
        <translation>Tags de l’image</translation>
    </message>
    <message>
        <source>Looking up the tags of %1…</source>
        <translation>Recherche des tags de %1…</translation>
    </message>
    <message>
        <source>%1 has no tag &quot;%2&quot; in its registry; the apply will ask you to confirm it.</source>
        <translation>%1 n’a pas de tag «&#xa0;%2&#xa0;» dans son registre&#x202f;; l’application vous demandera de le confirmer.</translation>
    </message>
    <message>
        <source>It is older than the default, %1.</source>
        <translation>Il est plus ancien que la valeur par défaut, %1.</translation>
    </message>
    <message>
        <source>No tag list: tags are not looked up here</source>
        <translation>Pas de liste de tags&#xa0;: les tags ne sont pas recherchés ici</translation>
    </message>
    <message>
        <source>Type a tag or a full reference.</source>
        <translation>Saisissez un tag ou une référence complète.</translation>
    </message>
    <message>
        <source>No tag list yet: still looking</source>
        <translation>Pas encore de liste de tags&#xa0;: recherche en cours</translation>
    </message>
    <message>
        <source>No tag list: registry out of reach</source>
        <translation>Pas de liste de tags&#xa0;: registre injoignable</translation>
    </message>
    <message>
        <source>The registry of %1 could not be reached: %2 Type a tag; it is still accepted.</source>
        <translation>Le registre de %1 est injoignable&#xa0;: %2 Saisissez un tag&#x202f;; il est tout de même accepté.</translation>
    </message>
    <message>
        <source>No tag list: the registry has no tags</source>
        <translation>Pas de liste de tags&#xa0;: le registre n’a aucun tag</translation>
    </message>
    <message>
        <source>The registry lists no tags for %1.</source>
        <translation>Le registre ne répertorie aucun tag pour %1.</translation>
    </message>
    <message>
        <source>Tags unknown. A typed tag is still accepted.</source>
        <translation>Tags inconnus. Un tag saisi est tout de même accepté.</translation>
    </message>
    <message>
        <source>The tags of %1 could not be looked up: %2</source>
        <translation>Impossible de rechercher les tags de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>Il est en avance sur la valeur par défaut de Harness, %1.</translation>
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
        <translation>version la plus récente</translation>
    </message>
    <message>
        <source>supported (latest-1)</source>
        <translation>prise en charge (dernière−1)</translation>
    </message>
    <message>
        <source>supported (latest-2)</source>
        <translation>prise en charge (dernière−2)</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>plus récente</translation>
    </message>
    <message>
        <source>supported (latest)</source>
        <translation>prise en charge (dernière)</translation>
    </message>
    <message>
        <source>outside the supported window</source>
        <translation>hors de la plage prise en charge</translation>
    </message>
    <message>
        <source>default</source>
        <translation>défaut</translation>
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
            <numerusform>%1 a %n version de retard sur la version actuelle de Harness, %2&#xa0;: Harness prend en charge les trois dernières versions de l’add-on et du lite engine (%3)&#x202f;; les plus anciennes reçoivent un avertissement dans Harness.</numerusform>
            <numerusform>%1 a %n versions de retard sur la version actuelle de Harness, %2&#xa0;: Harness prend en charge les trois dernières versions de l’add-on et du lite engine (%3)&#x202f;; les plus anciennes reçoivent un avertissement dans Harness.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A newer release exists: %1 (%2 is %n release(s) behind it). This image is updated as needed; no support window applies.</source>
        <translation>
            <numerusform>Une version plus récente existe&#xa0;: %1 (%2 a %n version de retard). Cette image est mise à jour selon les besoins&#x202f;; aucune fenêtre de prise en charge ne s’applique.</numerusform>
            <numerusform>Une version plus récente existe&#xa0;: %1 (%2 a %n versions de retard). Cette image est mise à jour selon les besoins&#x202f;; aucune fenêtre de prise en charge ne s’applique.</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of default</source>
        <translation>en avance sur la valeur par défaut</translation>
    </message>
</context>
<context>
    <name>hci::WelcomePanel</name>
    <message>
        <source>See and change the images Harness CI runs your pipelines with</source>
        <translation>Voir et modifier les images avec lesquelles Harness CI exécute vos pipelines</translation>
    </message>
    <message>
        <source>Harness&apos;s default images and your account&apos;s overrides, side by side. Edit a cell to queue a change, review it, and apply it with one click.</source>
        <translation>Les images par défaut de Harness et les surcharges de votre compte, côte à côte. Modifiez une cellule pour mettre un changement en attente, vérifiez-le et appliquez-le en un clic.</translation>
    </message>
    <message>
        <source>&amp;Connect to Harness…</source>
        <translation>Se &amp;connecter à Harness…</translation>
    </message>
    <message>
        <source>Open a Harness account with its URL and an API key</source>
        <translation>Ouvrir un compte Harness avec son URL et une clé d’API</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Essayer le bac à sable</translation>
    </message>
    <message>
        <source>Start a Harness-compatible server inside the app, with the documented default images, and open it. Nothing leaves this computer.</source>
        <translation>Démarrer dans l’application un serveur compatible Harness, avec les images par défaut documentées, et l’ouvrir. Rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>hci::cli::CommandLine</name>
    <message>
        <source>Show every field with its default, override and state.</source>
        <translation>Afficher chaque champ avec sa valeur par défaut, sa surcharge et son état.</translation>
    </message>
    <message>
        <source>Shows every image field of the module and infrastructure: Harness&apos;s default, the account&apos;s override and the field&apos;s state.</source>
        <translation>Affiche chaque champ d’image du module et de l’infrastructure&#xa0;: la valeur par défaut de Harness, la surcharge du compte et l’état du champ.</translation>
    </message>
    <message>
        <source>Show the overridden fields only.</source>
        <translation>Afficher uniquement les champs surchargés.</translation>
    </message>
    <message>
        <source>Shows the fields whose image the account overrides, with the default beside the override.</source>
        <translation>Affiche les champs dont le compte surcharge l’image, avec la valeur par défaut à côté de la surcharge.</translation>
    </message>
    <message>
        <source>Override fields with other images.</source>
        <translation>Surcharger des champs avec d’autres images.</translation>
    </message>
    <message>
        <source>Overrides each FIELD with the image VALUE: a whole reference (registry/path:tag), or a bare tag, which keeps the repository of the default image. The changes go out in one update, after a check that nobody changed the fields since they were read, and are read back to confirm them.</source>
        <translation>Surcharge chaque FIELD avec l’image VALUE&#xa0;: une référence complète (registre/chemin:tag), ou un tag seul, qui conserve le dépôt de l’image par défaut. Les modifications partent en une seule mise à jour, après avoir vérifié que personne n’a modifié les champs depuis leur lecture, puis sont relues pour les confirmer.</translation>
    </message>
    <message>
        <source>Reset fields to Harness&apos;s defaults.</source>
        <translation>Réinitialiser des champs aux valeurs par défaut de Harness.</translation>
    </message>
    <message>
        <source>Removes the overrides of the named fields, or of every field with --all, so that Harness&apos;s defaults apply again. The resets go out in one request and are read back to confirm them.</source>
        <translation>Supprime les surcharges des champs nommés, ou de tous les champs avec --all, pour que les valeurs par défaut de Harness s’appliquent à nouveau. Les réinitialisations partent en une seule requête et sont relues pour les confirmer.</translation>
    </message>
    <message>
        <source>Write the overrides to a file that apply reads.</source>
        <translation>Écrire les surcharges dans un fichier que lit apply.</translation>
    </message>
    <message>
        <source>Writes the overrides of the module and infrastructure, or with --all of every module and infrastructure, as JSON (format harness-ci-images.overrides/1), or with --format terraform as harness_platform_default_images resources for Harness&apos;s Terraform provider. The file never holds a key.</source>
        <translation>Écrit les surcharges du module et de l’infrastructure, ou avec --all de tous les modules et infrastructures, en JSON (format harness-ci-images.overrides/1), ou avec --format terraform sous forme de ressources harness_platform_default_images pour le provider Terraform de Harness. Le fichier ne contient jamais de clé.</translation>
    </message>
    <message>
        <source>Make the overrides equal to those in an exported file.</source>
        <translation>Rendre les surcharges identiques à celles d’un fichier exporté.</translation>
    </message>
    <message>
        <source>Makes the overrides of every module and infrastructure in FILE (&quot;-&quot; for standard input) equal to the file&apos;s: fields it overrides are updated, other overrides are reset. The plan is printed first. When the file names a field that the account does not have, nothing is sent.</source>
        <translation>Rend les surcharges de chaque module et infrastructure de FILE («&#xa0;-&#xa0;» pour l’entrée standard) identiques à celles du fichier&#xa0;: les champs qu’il surcharge sont mis à jour, les autres surcharges sont réinitialisées. Le plan est affiché d’abord. Si le fichier nomme un champ que le compte n’a pas, rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Point fields at a private mirror of their images.</source>
        <translation>Faire pointer des champs vers un miroir privé de leurs images.</translation>
    </message>
    <message>
        <source>Overrides each FIELD (every field when none is named) with its image under PREFIX, a registry host with an optional path (for example artifactory.example.com/harness-mirror): the repository path, tag and digest stay. The plan shows whether the mirror holds each image already. --copy-list FILE writes one &quot;SOURCE TARGET&quot; line per image to FILE and a script of skopeo copy commands to FILE.sh. The overrides are then applied like set.</source>
        <translation>Surcharge chaque FIELD (tous les champs si aucun n’est nommé) avec son image sous PREFIX, un hôte de registre avec un chemin facultatif (par exemple artifactory.example.com/harness-mirror)&#xa0;: le chemin du dépôt, le tag et le digest sont conservés. Le plan indique si le miroir contient déjà chaque image. --copy-list FILE écrit une ligne «&#xa0;SOURCE TARGET&#xa0;» par image dans FILE et un script de commandes skopeo copy dans FILE.sh. Les surcharges sont ensuite appliquées comme avec set.</translation>
    </message>
    <message>
        <source>List the applies made from the window and from this tool.</source>
        <translation>Lister les applications faites depuis la fenêtre et depuis cet outil.</translation>
    </message>
    <message>
        <source>Lists the applies recorded on this computer, newest first, by the window and by this tool: when, from where, the profile, the module and infrastructure, the changes and how many the server confirmed. Shows those of the account named by --profile, --base-url or --sandbox (and of --module and --infra when given), or with --all every one. Nothing is sent to a server.</source>
        <translation>Liste les applications enregistrées sur cet ordinateur, les plus récentes d’abord, par la fenêtre et par cet outil&#xa0;: quand, d’où, le profil, le module et l’infrastructure, les modifications et combien le serveur en a confirmé. Affiche celles du compte désigné par --profile, --base-url ou --sandbox (et de --module et --infra s’ils sont indiqués), ou avec --all toutes. Rien n’est envoyé à un serveur.</translation>
    </message>
    <message>
        <source>Undo an apply from the history.</source>
        <translation>Annuler une application de l’historique.</translation>
    </message>
    <message>
        <source>Sets back what the apply ID (see &quot;history&quot;) changed and the server confirmed: the earlier override, or the default where there was none. Connect to the account of that apply. Fields changed on the server since that apply are named, then set back as asked, as &quot;set&quot; does.</source>
        <translation>Rétablit ce que l’application ID (voir «&#xa0;history&#xa0;») a modifié et que le serveur a confirmé&#xa0;: la surcharge précédente, ou la valeur par défaut s’il n’y en avait pas. Connectez-vous au compte de cette application. Les champs modifiés sur le serveur depuis cette application sont signalés, puis rétablis comme demandé, comme le fait «&#xa0;set&#xa0;».</translation>
    </message>
    <message>
        <source>Connect with a saved profile; its key comes from the keychain.</source>
        <translation>Se connecter avec un profil enregistré&#x202f;; sa clé provient du trousseau.</translation>
    </message>
    <message>
        <source>Connect to this Harness URL with the key in HARNESS_API_KEY.</source>
        <translation>Se connecter à cette URL Harness avec la clé de HARNESS_API_KEY.</translation>
    </message>
    <message>
        <source>The account ID for --base-url (default: the one the key names).</source>
        <translation>L’ID du compte pour --base-url (par défaut&#xa0;: celui que désigne la clé).</translation>
    </message>
    <message>
        <source>Send the key of --base-url as a Bearer token.</source>
        <translation>Envoyer la clé de --base-url comme jeton Bearer.</translation>
    </message>
    <message>
        <source>Connect to a sandbox inside this run, with a few demo overrides: for trying the commands. Nothing is kept.</source>
        <translation>Se connecter à un bac à sable interne à cette exécution, avec quelques surcharges de démonstration&#xa0;: pour essayer les commandes. Rien n’est conservé.</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci, iacm ou idp (par défaut&#xa0;: ci).</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 ou VM (par défaut&#xa0;: K8).</translation>
    </message>
    <message>
        <source>Print no progress; data, warnings and errors only.</source>
        <translation>N’afficher aucune progression&#x202f;; seulement les données, avertissements et erreurs.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON plutôt qu’une table.</translation>
    </message>
    <message>
        <source>Print the plan and the requests as cURL commands (the key as $HARNESS_API_KEY); send no change.</source>
        <translation>Afficher le plan et les requêtes sous forme de commandes cURL (la clé sous la forme $HARNESS_API_KEY)&#x202f;; n’envoyer aucune modification.</translation>
    </message>
    <message>
        <source>Exit with status 1 when any field is overridden.</source>
        <translation>Quitter avec le statut 1 si un champ est surchargé.</translation>
    </message>
    <message>
        <source>Reset every overridden field.</source>
        <translation>Réinitialiser tous les champs surchargés.</translation>
    </message>
    <message>
        <source>Export every module and infrastructure.</source>
        <translation>Exporter tous les modules et infrastructures.</translation>
    </message>
    <message>
        <source>The file format: json or terraform.</source>
        <translation>Le format du fichier&#xa0;: json ou terraform.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>With --dry-run: exit with status 1 when the plan is not empty.</source>
        <translation>Avec --dry-run&#xa0;: quitter avec le statut 1 si le plan n’est pas vide.</translation>
    </message>
    <message>
        <source>Write the copy list to FILE and its skopeo script to FILE.sh.</source>
        <translation>Écrire la liste de copie dans FILE et son script skopeo dans FILE.sh.</translation>
    </message>
    <message>
        <source>Print a JSON array of the applies, each with its id.</source>
        <translation>Afficher un tableau JSON des applications, chacune avec son id.</translation>
    </message>
    <message>
        <source>Show the newest N applies (default: 50).</source>
        <translation>Afficher les N applications les plus récentes (par défaut&#xa0;: 50).</translation>
    </message>
    <message>
        <source>Show the applies of every profile and account.</source>
        <translation>Afficher les applications de tous les profils et comptes.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>See and change the container images Harness CI runs pipelines with, from a terminal or a pipeline.</source>
        <translation>Consulter et modifier les images de conteneur avec lesquelles Harness CI exécute les pipelines, depuis un terminal ou un pipeline.</translation>
    </message>
    <message>
        <source>Connect with --profile, --base-url or --sandbox. &quot;%1 COMMAND --help&quot; tells more about a command.</source>
        <translation>Connectez-vous avec --profile, --base-url ou --sandbox. «&#xa0;%1 COMMAND --help&#xa0;» en dit plus sur une commande.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>L’une des commandes ci-dessus.</translation>
    </message>
    <message>
        <source>See &quot;%1&quot;.</source>
        <translation>Voir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--all shows every profile and account; leave out --profile, --base-url and --sandbox.</source>
        <translation>--all affiche tous les profils et comptes&#x202f;; omettez --profile, --base-url et --sandbox.</translation>
    </message>
    <message>
        <source>Say whose applies to show: --profile NAME, --base-url URL, --sandbox, or --all for every one.</source>
        <translation>Indiquez de qui afficher les applications&#xa0;: --profile NAME, --base-url URL, --sandbox, ou --all pour toutes.</translation>
    </message>
    <message>
        <source>Choose one of --profile, --base-url and --sandbox.</source>
        <translation>Choisissez une option parmi --profile, --base-url et --sandbox.</translation>
    </message>
    <message>
        <source>Say where to connect: --profile NAME, --base-url URL (with the key in HARNESS_API_KEY) or --sandbox.</source>
        <translation>Indiquez où vous connecter&#xa0;: --profile NAME, --base-url URL (avec la clé dans HARNESS_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>--account and --bearer go with --base-url only.</source>
        <translation>--account et --bearer s’utilisent uniquement avec --base-url.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile.</source>
        <translation>--profile demande le nom d’un profil enregistré.</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>Module inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez ci, iacm ou idp.</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>Infrastructure inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez K8 ou VM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>Name at least one FIELD=VALUE to set.</source>
        <translation>Indiquez au moins un FIELD=VALUE à définir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme FIELD=VALUE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value; to go back to the default, use &quot;reset %2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de valeur&#x202f;; pour revenir à la valeur par défaut, utilisez «&#xa0;reset %2&#xa0;».</translation>
    </message>
    <message>
        <source>Name the fields to reset, or give --all, not both.</source>
        <translation>Nommez les champs à réinitialiser, ou indiquez --all, mais pas les deux.</translation>
    </message>
    <message>
        <source>&quot;export&quot; takes no arguments; -o FILE names the file.</source>
        <translation>«&#xa0;export&#xa0;» n’accepte aucun argument&#x202f;; -o FILE désigne le fichier.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use json or terraform.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez json ou terraform.</translation>
    </message>
    <message>
        <source>This version cannot export as %1 yet: use --format json.</source>
        <translation>Cette version ne peut pas encore exporter en %1&#xa0;: utilisez --format json.</translation>
    </message>
    <message>
        <source>-o needs the name of a file.</source>
        <translation>-o demande un nom de fichier.</translation>
    </message>
    <message>
        <source>Name one file to apply (&quot;-&quot; for standard input).</source>
        <translation>Indiquez un fichier à appliquer («&#xa0;-&#xa0;» pour l’entrée standard).</translation>
    </message>
    <message>
        <source>--exit-code goes with --dry-run: it tells whether the plan is empty.</source>
        <translation>--exit-code s’utilise avec --dry-run&#xa0;: il indique si le plan est vide.</translation>
    </message>
    <message>
        <source>Name the mirror&apos;s PREFIX, for example artifactory.example.com/harness-mirror.</source>
        <translation>Indiquez le PREFIX du miroir, par exemple artifactory.example.com/harness-mirror.</translation>
    </message>
    <message>
        <source>--copy-list needs the name of a file.</source>
        <translation>--copy-list demande un nom de fichier.</translation>
    </message>
    <message>
        <source>&quot;history&quot; takes no arguments.</source>
        <translation>«&#xa0;history&#xa0;» n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit demande un nombre entier supérieur à 0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name the ID of one apply to revert (&quot;history&quot; lists them).</source>
        <translation>Indiquez l’ID d’une application à annuler («&#xa0;history&#xa0;» les liste).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ID of an apply: &quot;history&quot; lists them.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’ID d’une application&#xa0;: «&#xa0;history&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>Indiquez une commande&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Les commandes sont&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>hci::cli::ConnectionOpener</name>
    <message>
        <source>Several profiles are named &quot;%1&quot;; rename one in the app, or give the profile&apos;s ID.</source>
        <translation>Plusieurs profils s’appellent «&#xa0;%1&#xa0;»&#x202f;; renommez-en un dans l’application, ou indiquez l’ID du profil.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;: no profile is saved yet. Add one in the app&apos;s profile dialog, or use --base-url with HARNESS_API_KEY.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;»&#xa0;: aucun profil n’est encore enregistré. Ajoutez-en un dans la boîte de dialogue des profils de l’application, ou utilisez --base-url avec HARNESS_API_KEY.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. The saved profiles are: %2.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;». Les profils enregistrés sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1 (compte %2 sur %3)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be read. %2</source>
        <translation>La clé de «&#xa0;%1&#xa0;» n’a pas pu être lue. %2</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>Définissez HARNESS_API_KEY sur la clé d’API à utiliser avec --base-url.</translation>
    </message>
    <message>
        <source>Give --account: the key in HARNESS_API_KEY does not name one.</source>
        <translation>Indiquez --account&#xa0;: la clé de HARNESS_API_KEY n’en désigne aucun.</translation>
    </message>
    <message>
        <source>account %1 on %2</source>
        <translation>compte %1 sur %2</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>a sandbox in this run (account %1 on %2; nothing is kept)</source>
        <translation>un bac à sable dans cette exécution (compte %1 sur %2&#x202f;; rien n’est conservé)</translation>
    </message>
</context>
<context>
    <name>hci::cli::Console</name>
    <message>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness est occupé (%1)&#x202f;; nouvel essai dans %n seconde…</numerusform>
            <numerusform>Harness est occupé (%1)&#x202f;; nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::HistoryListing</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, échec</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (or several are named so). The window&apos;s profile dialog lists them; --all shows every apply.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;» (ou plusieurs portent ce nom). La boîte de dialogue des profils de la fenêtre les liste&#x202f;; --all affiche toutes les applications.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PÉRIMÈTRE</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>MODIFICATIONS</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>CONFIRMÉES</translation>
    </message>
</context>
<context>
    <name>hci::cli::Listing</name>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>surchargé</translation>
    </message>
    <message>
        <source>same as default</source>
        <translation>identique à la valeur par défaut</translation>
    </message>
    <message>
        <source>behind the default</source>
        <translation>en retard sur la valeur par défaut</translation>
    </message>
    <message>
        <source>ahead of the default</source>
        <translation>en avance sur la valeur par défaut</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>override only</source>
        <translation>surcharge seule</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>reset queued</source>
        <translation>réinitialisation en attente</translation>
    </message>
    <message>
        <source>unsupported release</source>
        <translation>version non prise en charge</translation>
    </message>
    <message>
        <source>default (empty override stored)</source>
        <translation>par défaut (surcharge vide enregistrée)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>PAR DÉFAUT</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>SURCHARGE</translation>
    </message>
</context>
<context>
    <name>hci::cli::MirrorCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Asking %1 which images it holds already…</source>
        <translation>Demande à %1 quelles images il contient déjà…</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>IN MIRROR</source>
        <translation>DANS LE MIROIR</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no, copy it first</source>
        <translation>non, à copier d’abord</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the copy list of %n image(s) to %1 and its skopeo script to %2.</source>
        <translation>
            <numerusform>Liste de copie de %n image écrite dans %1, et son script skopeo dans %2.</numerusform>
            <numerusform>Liste de copie de %n images écrite dans %1, et son script skopeo dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>Aucun champ à faire pointer vers le miroir.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before pipelines use the overrides.</source>
        <translation>
            <numerusform>%n image n’est pas encore dans le miroir&#xa0;: copiez-la avant que les pipelines utilisent les surcharges.</numerusform>
            <numerusform>%n images ne sont pas encore dans le miroir&#xa0;: copiez-les avant que les pipelines utilisent les surcharges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::PlanApplier</name>
    <message>
        <source>%1 changed on the server since it was read (now %2); it is set as asked.</source>
        <translation>%1 a été modifié sur le serveur depuis sa lecture (actuellement %2)&#x202f;; il est défini comme demandé.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>%n réinitialisation</numerusform>
            <numerusform>%n réinitialisations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sending %2…</source>
        <translation>%1&#xa0;: envoi de %2…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied and confirmed.</source>
        <translation>
            <numerusform>%1&#xa0;: %n modification appliquée et confirmée.</numerusform>
            <numerusform>%1&#xa0;: %n modifications appliquées et confirmées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: Harness refused the changes without saying which field it did not accept (HTTP %2). Sending the %n field(s) one at a time to find out…</source>
        <translation>
            <numerusform>%1&#xa0;: Harness a refusé les modifications sans dire quel champ il n’a pas accepté (HTTP %2). Envoi de %n champ séparément pour le savoir…</numerusform>
            <numerusform>%1&#xa0;: Harness a refusé les modifications sans dire quel champ il n’a pas accepté (HTTP %2). Envoi des %n champs un par un pour le savoir…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not confirmed: %2</source>
        <translation>%1&#xa0;: non confirmé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: Harness refused %2: %3</source>
        <translation>%1&#xa0;: Harness a refusé %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>  Correlation ID: %1</source>
        <translation>  ID de corrélation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the other %n change(s) were applied and confirmed.</source>
        <translation>
            <numerusform>%1&#xa0;: %n autre modification a été appliquée et confirmée.</numerusform>
            <numerusform>%1&#xa0;: les %n autres modifications ont été appliquées et confirmées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied and confirmed before: %1</source>
        <translation>Appliqué et confirmé auparavant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hci::cli::Planner</name>
    <message>
        <source>%1: there is no field &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>%1&#xa0;: il n’y a pas de champ «&#xa0;%2&#xa0;»&#x202f;; vouliez-vous dire «&#xa0;%3&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>%1: there is no field &quot;%2&quot; (&quot;list&quot; shows the fields).</source>
        <translation>%1&#xa0;: il n’y a pas de champ «&#xa0;%2&#xa0;» («&#xa0;list&#xa0;» affiche les champs).</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 est nommé deux fois.</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 vaut déjà %2.</translation>
    </message>
    <message>
        <source>No field is overridden.</source>
        <translation>Aucun champ n’est surchargé.</translation>
    </message>
    <message>
        <source>%1 is not overridden: it has the default already.</source>
        <translation>%1 n’est pas surchargé&#xa0;: il a déjà la valeur par défaut.</translation>
    </message>
    <message>
        <source>%1: no changes</source>
        <translation>%1&#xa0;: aucune modification</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n modification</numerusform>
            <numerusform>%1&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>no override</source>
        <translation>aucune surcharge</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>la valeur par défaut, %1</translation>
    </message>
</context>
<context>
    <name>hci::cli::RevertPlanner</name>
    <message>
        <source>Apply %1 has no change that the server confirmed: there is nothing to revert.</source>
        <translation>L’application %1 n’a aucune modification confirmée par le serveur&#xa0;: il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>%1 has the default already.</source>
        <translation>%1 a déjà la valeur par défaut.</translation>
    </message>
    <message>
        <source>%1: the server no longer lists this field, so %2 cannot be set back.</source>
        <translation>%1&#xa0;: le serveur ne répertorie plus ce champ, %2 ne peut donc pas être rétabli.</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 vaut déjà %2.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source>%1 changed on the server since apply %2 (now %3); the revert sets it back as asked.</source>
        <translation>%1 a été modifié sur le serveur depuis l’application %2 (actuellement %3)&#x202f;; l’annulation le rétablit comme demandé.</translation>
    </message>
</context>
<context>
    <name>hci::cli::ScopeLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>hci::cli::Tool</name>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>PRODUCTION: %1</source>
        <translation>PRODUCTION&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read %1; nothing was changed.</source>
        <translation>Impossible de lire %1&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>No field is overridden on %1: every image is Harness&apos;s default.</source>
        <translation>Aucun champ n’est surchargé sur %1&#xa0;: chaque image est celle par défaut de Harness.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s).</source>
        <translation>
            <numerusform>%n surcharge exportée.</numerusform>
            <numerusform>%n surcharges exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1 cannot be applied:</source>
        <translation>%1 ne peut pas être appliqué&#xa0;:</translation>
    </message>
    <message>
        <source>No apply of this account is recorded on this computer.</source>
        <translation>Aucune application de ce compte n’est enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No apply is recorded on this computer.</source>
        <translation>Aucune application n’est enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&quot;revert ID&quot; undoes an apply; --json shows each field before and after.</source>
        <translation>«&#xa0;revert ID&#xa0;» annule une application&#x202f;; --json affiche chaque champ avant et après.</translation>
    </message>
    <message>
        <source>There is no apply %1 in the history on this computer (&quot;history&quot; lists them).</source>
        <translation>Il n’y a pas d’application %1 dans l’historique de cet ordinateur («&#xa0;history&#xa0;» les liste).</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2, and its revert goes there too: leave out --module and --infra.</source>
        <translation>L’application %1 a été faite sur %2, et son annulation s’y applique aussi&#xa0;: omettez --module et --infra.</translation>
    </message>
    <message>
        <source>Apply %1 was made on account %2 (%3), but this connection is to account %4. Connect to the account of the apply to revert it; nothing was sent.</source>
        <translation>L’application %1 a été faite sur le compte %2 (%3), mais cette connexion est sur le compte %4. Connectez-vous au compte de l’application pour l’annuler&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Reverting apply %1 of %2.</source>
        <translation>Annulation de l’application %1 (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and change the container images Harness CI runs pipelines with.</source>
        <translation>Voir et modifier les images de conteneur avec lesquelles Harness CI exécute les pipelines.</translation>
    </message>
    <message>
        <source>Open the built-in sandbox server.</source>
        <translation>Ouvrir le serveur bac à sable intégré.</translation>
    </message>
    <message>
        <source>Open this Harness URL, with the key from HARNESS_API_KEY; nothing is saved.</source>
        <translation>Ouvrir cette URL Harness, avec la clé de HARNESS_API_KEY&#x202f;; rien n’est enregistré.</translation>
    </message>
    <message>
        <source>The account ID (default: from the key).</source>
        <translation>L’ID du compte (par défaut&#xa0;: déduit de la clé).</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci, iacm ou idp (par défaut&#xa0;: ci).</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 ou VM (par défaut&#xa0;: K8).</translation>
    </message>
    <message>
        <source>Send the key as a Bearer token.</source>
        <translation>Envoyer la clé comme jeton Bearer.</translation>
    </message>
    <message>
        <source>Quit once the table shows the loaded data: status 0, or 1 with the error.</source>
        <translation>Quitter dès que le tableau affiche les données chargées&#xa0;: statut 0, ou 1 avec l’erreur.</translation>
    </message>
    <message>
        <source>light, dark or system colours for this run (default: as chosen in Settings, else system).</source>
        <translation>couleurs claires (light), sombres (dark) ou du système (system) pour cette session (par défaut&#xa0;: le choix fait dans Paramètres, sinon system).</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub.</source>
        <translation>Chercher les tags des images de Harness (harness/*, plugins/*) dans ce registre plutôt que sur Docker Hub, p. ex. mirror.example.com ou mirror.example.com:5000/dockerhub.</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>Module «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez ci, iacm ou idp.</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>Infrastructure «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez K8 ou VM.</translation>
    </message>
    <message>
        <source>--registry-mirror: %1</source>
        <translation>--registry-mirror&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.</source>
        <translation>Palette «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez light, dark ou system.</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>Définissez HARNESS_API_KEY avec la clé d’API à utiliser avec --base-url.</translation>
    </message>
    <message>
        <source>Give --account: the key does not name one.</source>
        <translation>Indiquez --account&#xa0;: la clé n’en nomme aucun.</translation>
    </message>
    <message>
        <source>--exit-after-load needs --sandbox or --base-url.</source>
        <translation>--exit-after-load nécessite --sandbox ou --base-url.</translation>
    </message>
    <message>
        <source>Harness CI Images</source>
        <translation>Harness CI Images</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>Compte %1 sur %2</translation>
    </message>
</context>
</TS>
