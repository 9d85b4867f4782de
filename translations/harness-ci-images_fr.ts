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
    <name>hci::AccountSession</name>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Non confirmé&#xa0;: %1</translation>
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
        <source>This API key lacks the permission to edit account settings; ask an account administrator to grant it, or use another key.</source>
        <translation>Cette clé d’API n’a pas le droit de modifier les paramètres du compte&#x202f;; demandez-le à un administrateur du compte ou utilisez une autre clé.</translation>
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
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
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
        <source>Default image</source>
        <translation>Image par défaut</translation>
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
    <message>
        <source>Overridden</source>
        <translation>Surchargé</translation>
    </message>
    <message>
        <source>Same as default</source>
        <translation>Identique au défaut</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Reset queued</source>
        <translation>Réinitialisation en attente</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Behind default</source>
        <translation>En retard sur le défaut</translation>
    </message>
    <message>
        <source>Ahead of default</source>
        <translation>En avance sur le défaut</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Pas de défaut</translation>
    </message>
    <message>
        <source>Unsupported release</source>
        <translation>Version non prise en charge</translation>
    </message>
    <message>
        <source>Pipelines use the image Harness ships by default.</source>
        <translation>Les pipelines utilisent l’image fournie par défaut par Harness.</translation>
    </message>
    <message>
        <source>This account overrides the default image.</source>
        <translation>Ce compte surcharge l’image par défaut.</translation>
    </message>
    <message>
        <source>The override has the default&apos;s value: harmless today, but it stays pinned when the default moves on.</source>
        <translation>La surcharge a la valeur par défaut&#xa0;: sans effet aujourd’hui, mais elle reste figée quand la valeur par défaut évolue.</translation>
    </message>
    <message>
        <source>A new override is queued; nothing is sent until you apply.</source>
        <translation>Une nouvelle surcharge est en attente&#x202f;; rien n’est envoyé avant que vous appliquiez.</translation>
    </message>
    <message>
        <source>A reset to the default is queued; nothing is sent until you apply.</source>
        <translation>Une réinitialisation à la valeur par défaut est en attente&#x202f;; rien n’est envoyé avant que vous appliquiez.</translation>
    </message>
    <message>
        <source>Harness lists this override as deprecated: a major version or more behind the default.</source>
        <translation>Harness signale cette surcharge comme obsolète&#xa0;: au moins une version majeure de retard sur la valeur par défaut.</translation>
    </message>
    <message>
        <source>The override is older than the default.</source>
        <translation>La surcharge est plus ancienne que la valeur par défaut.</translation>
    </message>
    <message>
        <source>The override is newer than the default.</source>
        <translation>La surcharge est plus récente que la valeur par défaut.</translation>
    </message>
    <message>
        <source>The field is overridden, but the server has no default for it.</source>
        <translation>Le champ est surchargé, mais le serveur n’a pas de valeur par défaut pour lui.</translation>
    </message>
    <message>
        <source>The override is more than two releases behind the image&apos;s newest tag: Harness supports the latest three.</source>
        <translation>La surcharge a plus de deux versions de retard sur le tag le plus récent de l’image&#xa0;: Harness prend en charge les trois dernières.</translation>
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
        <source>Drop the queued change of %1</source>
        <translation>Abandonner la modification en attente de %1</translation>
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
    <message>
        <source>The value of &quot;%1&quot; is not text.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» n’est pas du texte.</translation>
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
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Drop every queued change</source>
        <translation>Abandonner toutes les modifications en attente</translation>
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
        <source>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;See and change the container images Harness CI runs pipelines with.&lt;/p&gt;&lt;p&gt;Application ID: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;Voir et modifier les images de conteneur avec lesquelles Harness CI exécute les pipelines.&lt;/p&gt;&lt;p&gt;ID d’application&#xa0;: %2&lt;/p&gt;</translation>
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
        <source>Open account</source>
        <translation>Compte ouvert</translation>
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
    <name>hci::SandboxServer</name>
    <message>
        <source>The API key and the read-only key must differ.</source>
        <translation>La clé d’API et la clé en lecture seule doivent être différentes.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>Impossible d’écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: it may be in use.</source>
        <translation>Impossible d’écouter sur 127.0.0.1 port %1&#xa0;: il est peut-être déjà utilisé.</translation>
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
        <source>The tags of %1 are unknown: %2 A typed tag is still accepted.</source>
        <translation>Les tags de %1 sont inconnus&#xa0;: %2 Un tag saisi reste accepté.</translation>
    </message>
    <message>
        <source>%1 has no tag &quot;%2&quot; in its registry; the apply will ask you to confirm it.</source>
        <translation>%1 n’a pas de tag «&#xa0;%2&#xa0;» dans son registre&#x202f;; l’application vous demandera de le confirmer.</translation>
    </message>
    <message>
        <source>It is older than the default, %1.</source>
        <translation>Il est plus ancien que la valeur par défaut, %1.</translation>
    </message>
</context>
<context>
    <name>hci::TagTexts</name>
    <message numerus="yes">
        <source>%1 is %n release(s) behind the newest, %2: Harness supports the latest three releases (%3); older ones get a warning in Harness.</source>
        <translation>
            <numerusform>%1 a %n version de retard sur la plus récente, %2&#xa0;: Harness prend en charge les trois dernières versions (%3)&#x202f;; les plus anciennes reçoivent un avertissement dans Harness.</numerusform>
            <numerusform>%1 a %n versions de retard sur la plus récente, %2&#xa0;: Harness prend en charge les trois dernières versions (%3)&#x202f;; les plus anciennes reçoivent un avertissement dans Harness.</numerusform>
        </translation>
    </message>
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
