<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>hci</name>
    <message>
        <source>The answer is empty.</source>
        <translation>応答が空です。</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1 at offset %2.</source>
        <translation>応答が JSON ではありません: 位置 %2 で %1。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>&quot;name&quot; is not a string.</source>
        <translation>&quot;name&quot; が文字列ではありません。</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list.</source>
        <translation>&quot;tags&quot; がリストではありません。</translation>
    </message>
    <message>
        <source>&quot;tags&quot; holds something other than tag names.</source>
        <translation>&quot;tags&quot; にタグ名以外のものが含まれています。</translation>
    </message>
    <message>
        <source>The answer holds no usable token.</source>
        <translation>応答に使用できるトークンが含まれていません。</translation>
    </message>
</context>
<context>
    <name>hci::AccountMemory</name>
    <message>
        <source>&amp;History of Applies…</source>
        <translation>適用の履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Every apply made here: what changed, from what to what, and revert</source>
        <translation>ここで行ったすべての適用: 変更内容、変更前と変更後の値、取り消し</translation>
    </message>
    <message>
        <source>%1 (account %2, %3 on %4)</source>
        <translation>%1（アカウント %2、%4 上の %3）</translation>
    </message>
    <message>
        <source>Edits that were not applied are kept for %1. Open that profile and scope to get them back.</source>
        <translation>適用されなかった編集は %1 に保存されています。そのプロファイルとスコープを開くと復元できます。</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2 (account %3, %4 on %5). Open that profile and scope to revert it.</source>
        <translation>適用 %1 は %2（アカウント %3、%5 上の %4）で行われました。取り消すには、そのプロファイルとスコープを開いてください。</translation>
    </message>
    <message>
        <source>Apply %1 changed nothing that the server confirmed: there is nothing to revert.</source>
        <translation>適用 %1 には、サーバーが確認した変更はありません。取り消すものはありません。</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued: review it, then apply.</source>
        <translation>適用 %1 の取り消しを保留しました。確認してから適用してください。</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued. Since that apply, %2 changed on the server: the revert would overwrite it. Review before you apply.</source>
        <translation>適用 %1 の取り消しを保留しました。その適用以降、サーバー上で %2 が変更されており、取り消すとその変更が上書きされます。適用する前に確認してください。</translation>
    </message>
</context>
<context>
    <name>hci::AccountSession</name>
    <message>
        <source>Not confirmed: %1</source>
        <translation>未確認: %1</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒以内に完全な応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection changed while the operation ran, so nothing more was sent to either account.</source>
        <translation>操作の実行中に接続が変更されたため、どちらのアカウントにもそれ以上何も送信しませんでした。</translation>
    </message>
</context>
<context>
    <name>hci::ApiError</name>
    <message>
        <source>%1 (Harness said: “%2”)</source>
        <translation>%1（Harness の応答:「%2」）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Harness could not tell which account this is: check the account ID of the profile.</source>
        <translation>Harness はどのアカウントか判別できませんでした。プロファイルのアカウント ID を確認してください。</translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, expired or revoked, or belongs to another account; create a new key in Harness and update the profile.</source>
        <translation>API キーが拒否されました。キーが誤っている、期限切れ、失効済み、または別のアカウントのものです。Harness で新しいキーを作成し、プロファイルを更新してください。</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing; check the values and try again.</source>
        <translation>Harness はリクエストを拒否し、何も変更しませんでした。値を確認して再試行してください。</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing: %1</source>
        <translation>Harness はリクエストを拒否し、何も変更しませんでした: %1</translation>
    </message>
    <message>
        <source>This server does not offer the execution-config API; check the server address and that the module is enabled for the account.</source>
        <translation>このサーバーは execution-config API を提供していません。サーバーのアドレスと、アカウントでモジュールが有効になっているかを確認してください。</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support.</source>
        <translation>Harness で内部エラーが発生しました。しばらくしてから再試行し、解決しない場合は Harness サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support with the correlation ID %1.</source>
        <translation>Harness で内部エラーが発生しました。しばらくしてから再試行し、解決しない場合は相関 ID %1 を添えて Harness サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Harness answered with the error %1.</source>
        <translation>Harness がエラー %1 を返しました。</translation>
    </message>
    <message>
        <source>Harness answered with the error %1: %2</source>
        <translation>Harness がエラー %1 を返しました: %2</translation>
    </message>
    <message>
        <source>The server has no such page (HTTP 404); check the server address.</source>
        <translation>サーバーにそのページがありません（HTTP 404）。サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>A gateway in front of Harness failed (HTTP %1); Harness may be down or being updated, try again in a few minutes.</source>
        <translation>Harness の手前にあるゲートウェイでエラーが発生しました（HTTP %1）。Harness が停止中または更新中の可能性があります。数分後に再試行してください。</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1 and no Harness message; check the server address, or try again later.</source>
        <translation>サーバーが Harness のメッセージなしで HTTP %1 を返しました。サーバーのアドレスを確認するか、後で再試行してください。</translation>
    </message>
    <message>
        <source>The request could not be made; check the connection settings.</source>
        <translation>リクエストを送信できませんでした。接続設定を確認してください。</translation>
    </message>
    <message>
        <source>The request could not be made: %1</source>
        <translation>リクエストを送信できませんでした: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off; try again, and check the network or a proxy in between if it keeps happening.</source>
        <translation>サーバーの応答が途中で切れました。再試行し、繰り返し発生する場合はネットワークや途中のプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The server could not be reached; check the network connection and the server address, then try again.</source>
        <translation>サーバーに接続できませんでした。ネットワーク接続とサーバーのアドレスを確認してから再試行してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>サーバーが時間内に応答しませんでした。再試行し、繰り返し発生する場合はネットワークや Harness のステータスページを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed, so nothing was sent; the certificate is not trusted, or something is intercepting the connection.</source>
        <translation>サーバーとの安全な接続に失敗したため、何も送信されませんでした。証明書が信頼されていないか、何かが接続を傍受しています。</translation>
    </message>
    <message>
        <source>Harness stayed unavailable after several tries; wait a few minutes and try again.</source>
        <translation>何度か試行しましたが Harness は利用できないままでした。数分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Harness is limiting how many requests this key may make and still was after several tries; wait a minute and try again.</source>
        <translation>Harness がこのキーのリクエスト数を制限しており、何度か試行しても解除されませんでした。1 分ほど待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; check that the address points to a Harness gateway.</source>
        <translation>サーバーの応答が JSON ではありませんでした。アドレスが Harness ゲートウェイを指しているか確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not have the expected form, so nothing was shown; the server may be a different version, or not Harness.</source>
        <translation>サーバーの応答が想定した形式ではなかったため、何も表示していません。サーバーのバージョンが異なるか、Harness ではない可能性があります。</translation>
    </message>
    <message>
        <source>The server sent an empty answer; try again.</source>
        <translation>サーバーが空の応答を返しました。再試行してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any Harness answer and was not read; check the server address.</source>
        <translation>サーバーの応答が Harness の応答としてはあまりに大きかったため、読み込みませんでした。サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere; it was not followed, so that the API key stays with this server: check the server address.</source>
        <translation>サーバーがリクエストを別の場所へリダイレクトしました。API キーをこのサーバー以外に送らないよう、リダイレクトには従っていません。サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Harness accepted the changes, but reading them back shows that some did not take; they are still queued, try again.</source>
        <translation>Harness は変更を受け付けましたが、読み戻すと一部が反映されていません。それらは保留中のままです。再試行してください。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>相関 ID: %1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>フィールド %1: %2</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>この API キーではアカウントの設定を表示できません。権限 %1 がありません。アカウント管理者に権限の付与を依頼するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the account&apos;s view permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>この API キーではアカウントの設定を表示できません。アカウントの表示権限がありません。アカウント管理者に権限の付与を依頼するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>この API キーでは設定を読み取れますが、変更はできません。権限 %1 がありません。アカウント管理者に権限の付与を依頼するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the account&apos;s edit permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>この API キーでは設定を読み取れますが、変更はできません。アカウントの編集権限がありません。アカウント管理者に権限の付与を依頼するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>This API key lacks the permission %1; ask an account administrator to grant it, or use another key.</source>
        <translation>この API キーには権限 %1 がありません。アカウント管理者に権限の付与を依頼するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>This API key lacks a permission for the account&apos;s settings; ask an account administrator to grant it, or use another key.</source>
        <translation>この API キーにはアカウントの設定に対する権限がありません。アカウント管理者に権限の付与を依頼するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>The server did not finish answering in time, so the app stopped waiting; nothing was changed. Try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>サーバーの応答が時間内に完了しなかったため、待機を中止しました。何も変更されていません。再試行してください。繰り返し発生する場合は、ネットワークまたは Harness のステータスページを確認してください。</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>リクエストは送信されませんでした。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>接続に失敗しました。</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The secure connection failed.</source>
        <translation>安全な接続に失敗しました。</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error.</source>
        <translation>サーバーが HTTP エラーを返しました。</translation>
    </message>
    <message>
        <source>Harness refused the request.</source>
        <translation>Harness がリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Harness limited the requests.</source>
        <translation>Harness がリクエストを制限しました。</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The server redirected the request.</source>
        <translation>サーバーがリクエストをリダイレクトしました。</translation>
    </message>
    <message>
        <source>The read-back did not confirm the change.</source>
        <translation>読み戻しで変更を確認できませんでした。</translation>
    </message>
    <message>
        <source>The operation ran out of time.</source>
        <translation>操作がタイムアウトしました。</translation>
    </message>
    <message>
        <source>Missing permission: %1</source>
        <translation>不足している権限: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
</context>
<context>
    <name>hci::ApplyReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>変更の確認</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be sent to %1:</source>
        <translation>
            <numerusform>次の %n 件の変更を %1 に送信します:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>適用する変更</translation>
    </message>
    <message>
        <source>Each field with its value now and the value it gets</source>
        <translation>各フィールドの現在の値と変更後の値</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（デフォルト）</translation>
    </message>
    <message>
        <source>%1 (reset to default)</source>
        <translation>%1（デフォルトにリセット）</translation>
    </message>
    <message>
        <source>Requests (the API key shows as $HARNESS_API_KEY):</source>
        <translation>リクエスト（API キーは $HARNESS_API_KEY と表示）:</translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation>送信するリクエスト</translation>
    </message>
    <message>
        <source>The HTTP requests of the apply, as cURL commands</source>
        <translation>適用時の HTTP リクエスト（cURL コマンド形式）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更を適用(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the changes to Harness now</source>
        <translation>変更を今すぐ Harness に送信します</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>cURL としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the requests to the clipboard; the API key stays out</source>
        <translation>リクエストをクリップボードにコピーします（API キーは含みません）</translation>
    </message>
    <message>
        <source>Close; the changes stay queued</source>
        <translation>閉じます。変更は保留中のままです</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Tag exists</source>
        <translation>タグあり</translation>
    </message>
    <message>
        <source>%1 has this tag (%2).</source>
        <translation>%1 にこのタグがあります（%2）。</translation>
    </message>
    <message>
        <source>Tag not found</source>
        <translation>タグが見つかりません</translation>
    </message>
    <message>
        <source>%1 has no image %2: pipelines that pull it fail at initialise.</source>
        <translation>%1 にイメージ %2 がありません。これを pull するパイプラインは初期化時に失敗します。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message numerus="yes">
        <source>Applying once %n tag check(s) are done…</source>
        <translation>
            <numerusform>%n 件のタグ確認が終わり次第適用します…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n tag(s) in their registries…</source>
        <translation>
            <numerusform>%n 件のタグをレジストリで確認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing from their registries: %n tag(s). Pipelines that use them fail to pull the image; apply only if the tags will be pushed first.</source>
        <translation>
            <numerusform>レジストリに存在しないタグ: %n 件。これを使うパイプラインはイメージを pull できません。先にタグを push する場合にのみ適用してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply anyway, with %n missing tag(s)</source>
        <translation>
            <numerusform>不足しているタグ %n 件のまま適用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be checked (see the Registry column); applying is still possible.</source>
        <translation>
            <numerusform>%n 件のタグを確認できませんでした（「レジストリ」列を参照）。適用は可能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new tag exists in its registry.</source>
        <translation>新しいタグはすべてレジストリに存在します。</translation>
    </message>
    <message>
        <source>PRODUCTION — these changes go to the production account %1.</source>
        <translation>本番環境 — これらの変更は本番アカウント %1 に送信されます。</translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses to change %n of these field(s) on %1: %2. Its answer would be a generic server error, and nothing of that request would be saved. Undo those changes before applying.</source>
        <translation>
            <numerusform>Harness は %1 でこれらのフィールドのうち %n 個の変更を受け付けません: %2。応答は一般的なサーバーエラーとなり、そのリクエストの内容は何も保存されません。適用する前にこれらの変更を元に戻してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Show &amp;requests</source>
        <translation>リクエストを表示(&amp;R)</translation>
    </message>
    <message>
        <source>The HTTP requests the apply sends, as cURL commands</source>
        <translation>適用時に送信する HTTP リクエスト（cURL コマンド形式）</translation>
    </message>
    <message>
        <source>Hide &amp;requests</source>
        <translation>リクエストを非表示(&amp;R)</translation>
    </message>
    <message>
        <source>— back to the default</source>
        <translation>— デフォルトに戻す</translation>
    </message>
    <message>
        <source>A reset: Harness&apos;s default image is used again; there is no new tag to check.</source>
        <translation>リセット: Harness のデフォルトのイメージが再び使用されます。確認する新しいタグはありません。</translation>
    </message>
    <message>
        <source>Copy as &amp;Terraform</source>
        <translation>Terraform としてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the overrides as they will be after this apply, as Terraform resources; the API key stays out</source>
        <translation>この適用後のオーバーライドを Terraform リソースとしてコピーします（API キーは含みません）</translation>
    </message>
</context>
<context>
    <name>hci::CompareModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Not listed on this side</source>
        <translation>こちら側にはありません</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>デフォルト: %1</translation>
    </message>
    <message>
        <source>reset to the default</source>
        <translation>デフォルトにリセット</translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation>%1（保留中）</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>Queued on %1, not sent yet: review and apply there to send it. Now: %2</source>
        <translation>%1 で保留中、未送信です。送信するには、そちらで確認して適用してください。現在: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>このウィンドウ</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>比較先</translation>
    </message>
</context>
<context>
    <name>hci::CompareWindow</name>
    <message>
        <source>Compare %1 on %2 — Harness CI Images</source>
        <translation>%2 上の %1 を比較 — Harness CI Images</translation>
    </message>
    <message>
        <source>This window: %1, %2 on %3</source>
        <translation>このウィンドウ: %1、%3 上の %2</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>The profile, or the other infrastructure of this account, to set beside this window</source>
        <translation>このウィンドウと並べて表示するプロファイル、またはこのアカウントの別のインフラストラクチャ</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比較対象(&amp;W):</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>The other side is a production account</source>
        <translation>比較先は本番アカウントです</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>比較の状態</translation>
    </message>
    <message>
        <source>Overrides side by side</source>
        <translation>オーバーライドの並列表示</translation>
    </message>
    <message>
        <source>Each field with its value in this window and on the other side; rows that differ are marked</source>
        <translation>各フィールドのこのウィンドウと比較先での値。異なる行には印が付きます</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>相違点のみ表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>相違点のみ表示</translation>
    </message>
    <message>
        <source>Queue the selected rows&apos; values on the other side: this window&apos;s override, or a reset when it has none. Nothing is sent until you review and apply there.</source>
        <translation>選択した行の値を比較先で保留します。このウィンドウのオーバーライドを、オーバーライドがない場合はリセットを保留します。そちらで確認して適用するまで何も送信されません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The main window now shows another account or scope; close this window and compare again.</source>
        <translation>メインウィンドウに別のアカウントまたはスコープが表示されています。このウィンドウを閉じて、もう一度比較してください。</translation>
    </message>
    <message>
        <source>Other infrastructure of this account (%1)</source>
        <translation>このアカウントの別のインフラストラクチャ（%1）</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1（本番）</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; choose another side once it has settled.</source>
        <translation>%1 への適用がまだ実行中です。完了してから別の比較先を選択してください。</translation>
    </message>
    <message>
        <source>Drop the changes queued on %1 and compare with another side?</source>
        <translation>%1 で保留中の変更を破棄して、別の比較先と比較しますか？</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued there were never sent.</source>
        <translation>
            <numerusform>そこで保留中の %n 件の変更は、まだ送信されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>This window (%1)</source>
        <translation>このウィンドウ（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>このアカウント</translation>
    </message>
    <message>
        <source>No override differs.</source>
        <translation>異なるオーバーライドはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Select rows and copy them to %1.</source>
        <translation>
            <numerusform>%n 個のフィールドが異なります。行を選択して %1 にコピーしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the other side: %1</source>
        <translation>比較先を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied to %1 and read back.</source>
        <translation>
            <numerusform>%n 件の変更を %1 に適用し、読み戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The apply to %1 failed: %2 %n change(s) stay queued.</source>
        <translation>
            <numerusform>%1 への適用に失敗しました: %2 %n 件の変更は保留中のままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent; the changes stay queued.</source>
        <translation>何も送信されませんでした。変更は保留中のままです。</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>何も保留されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued on %1; review and apply there to send them.</source>
        <translation>
            <numerusform>%1 で %n 件の変更を保留しました。送信するには、そちらで確認して適用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed on %1, left out: %2.</source>
        <translation>%1 にないため除外: %2。</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1、%3 上の %2</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>%1 に適用中…</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>比較先</translation>
    </message>
    <message>
        <source>&amp;Copy to %1</source>
        <translation>%1 にコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows to %1</source>
        <translation>選択した行を %1 にコピーします</translation>
    </message>
    <message>
        <source>&amp;Review and apply on %1 (%2)…</source>
        <translation>%1 で確認して適用（%2）(&amp;R)…</translation>
    </message>
    <message>
        <source>Review and apply the changes queued on %1</source>
        <translation>%1 で保留中の変更を確認して適用します</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; close this window once it has settled.</source>
        <translation>%1 への適用がまだ実行中です。完了してからこのウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Close and drop the changes queued on %1?</source>
        <translation>閉じて、%1 で保留中の変更を破棄しますか？</translation>
    </message>
</context>
<context>
    <name>hci::ConfigDocument</name>
    <message>
        <source>Change %1 to %2</source>
        <translation>%1 を %2 に変更</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 をデフォルトにリセット</translation>
    </message>
    <message numerus="yes">
        <source>Reset all %n field(s) to their defaults</source>
        <translation>
            <numerusform>%n 件のフィールドをすべてデフォルトにリセット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更を破棄</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the server&apos;s value of %1</source>
        <translation>%1 のサーバー側の値を維持</translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 は読み取り専用です: このアプリでは編集しない値がサーバーから送られました。</translation>
    </message>
</context>
<context>
    <name>hci::ConfigTreeModel</name>
    <message>
        <source>→ default</source>
        <translation>→ デフォルト</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n 件オーバーライド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 件保留中</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), all on their defaults</source>
        <translation>
            <numerusform>%n 件のフィールド（すべてデフォルト）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n 件のフィールド: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 をデフォルトにリセット</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>デフォルト: %1</translation>
    </message>
    <message>
        <source>Queued: back to the default %1 (now %2). Not sent until you apply.</source>
        <translation>保留中: デフォルトの %1 に戻します（現在は %2）。適用するまで送信されません。</translation>
    </message>
    <message>
        <source>Queued: %1 (now %2). Not sent until you apply.</source>
        <translation>保留中: %1（現在は %2）。適用するまで送信されません。</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>オーバーライド: %1</translation>
    </message>
    <message>
        <source>No override: pipelines use the default.</source>
        <translation>オーバーライドなし: パイプラインはデフォルトを使用します。</translation>
    </message>
    <message>
        <source>Reset %1 to its default, %2</source>
        <translation>%1 をデフォルトの %2 にリセット</translation>
    </message>
    <message>
        <source>It is also older than the default (%1 &lt; %2).</source>
        <translation>デフォルトよりも古いバージョンです（%1 &lt; %2）。</translation>
    </message>
    <message>
        <source>Queued: %1 → %2. Nothing is sent until you apply.</source>
        <translation>保留中: %1 → %2。適用するまで何も送信されません。</translation>
    </message>
    <message>
        <source>Queued: reset %1 to the default %2. Nothing is sent until you apply.</source>
        <translation>保留中: %1 をデフォルトの %2 にリセット。適用するまで何も送信されません。</translation>
    </message>
    <message>
        <source>Override is older than the default (%1 &lt; %2)</source>
        <translation>オーバーライドはデフォルトより古い（%1 &lt; %2）</translation>
    </message>
    <message>
        <source>Override is newer than the default (%1 &gt; %2)</source>
        <translation>オーバーライドはデフォルトより新しい（%1 &gt; %2）</translation>
    </message>
    <message>
        <source>Harness lists this override as deprecated (%1; the default is %2)</source>
        <translation>Harness はこのオーバーライドを非推奨としています（%1、デフォルトは %2）</translation>
    </message>
    <message>
        <source>Overridden from another repository: %1</source>
        <translation>別のリポジトリでオーバーライド: %1</translation>
    </message>
    <message>
        <source>Overridden: pipelines use %1 instead of %2</source>
        <translation>オーバーライド済み: パイプラインは %2 の代わりに %1 を使用します</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>The image field, with its key in the API</source>
        <translation>イメージのフィールドと、API でのキー</translation>
    </message>
    <message>
        <source>The image repository pipelines pull from</source>
        <translation>パイプラインが pull するイメージのリポジトリ</translation>
    </message>
    <message>
        <source>The tag Harness uses by default</source>
        <translation>Harness がデフォルトで使用するタグ</translation>
    </message>
    <message>
        <source>This account&apos;s override; double-click or press F2 to edit</source>
        <translation>このアカウントのオーバーライド。ダブルクリックまたは F2 で編集します</translation>
    </message>
    <message>
        <source>How the override compares with the default</source>
        <translation>オーバーライドとデフォルトの比較</translation>
    </message>
    <message>
        <source>Reset a field to its default</source>
        <translation>フィールドをデフォルトにリセット</translation>
    </message>
    <message>
        <source>%1 · release not checked</source>
        <translation>%1 · リリース未確認</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Discard the queued change of %1</source>
        <translation>%1 の保留中の変更を破棄</translation>
    </message>
    <message>
        <source>Read-only: the server sent %1, which is not an image reference. It is shown as the server sent it and never sent back.</source>
        <translation>読み取り専用: サーバーから送られた %1 はイメージ参照ではありません。サーバーから送られたとおりに表示され、送り返されることはありません。</translation>
    </message>
    <message>
        <source>An empty override is stored; Harness treats it as none, so pipelines use the default.</source>
        <translation>空のオーバーライドが保存されています。Harness はこれをオーバーライドなしとして扱うため、パイプラインはデフォルトを使用します。</translation>
    </message>
    <message>
        <source>Discard the queued reset: %1 keeps its override %2</source>
        <translation>保留中のリセットを破棄: %1 はオーバーライド %2 を維持します</translation>
    </message>
    <message>
        <source>Discard this edit: %1 stays on its default</source>
        <translation>この編集を破棄: %1 はデフォルトのままです</translation>
    </message>
    <message>
        <source>Remove the empty override stored for %1</source>
        <translation>%1 に保存されている空のオーバーライドを削除</translation>
    </message>
    <message>
        <source>Release not checked: the image&apos;s tags are not known (yet), so whether Harness still supports this release is not known.</source>
        <translation>リリース未確認: イメージのタグが（まだ）不明なため、Harness がこのリリースを引き続きサポートしているかどうかはわかりません。</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>Harness のデフォルト（%1）より新しいバージョンです。</translation>
    </message>
</context>
<context>
    <name>hci::ConfigView</name>
    <message>
        <source>Image fields</source>
        <translation>イメージのフィールド</translation>
    </message>
    <message>
        <source>One row per image field: default and override side by side. Type or press F2 to edit a row&apos;s override; Delete resets it to the default.</source>
        <translation>イメージのフィールドごとに 1 行で、デフォルトとオーバーライドを並べて表示します。行のオーバーライドを編集するには入力するか F2 を押します。Delete キーでデフォルトにリセットします。</translation>
    </message>
</context>
<context>
    <name>hci::ConflictDialog</name>
    <message>
        <source>Changed on the server</source>
        <translation>サーバー上で変更されています</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n field(s) on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server&apos;s value and drop your change.</source>
        <translation>
            <numerusform>読み込んだ後に、誰かがサーバー上で %n 件のフィールドを変更しました。それでも自分の変更を送信するフィールドにはチェックを付けてください。チェックしないフィールドはサーバーの値を維持し、自分の変更は破棄されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>読み込み時</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>現在のサーバー</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>自分の変更</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>競合しているフィールド</translation>
    </message>
    <message>
        <source>Tick a field to overwrite the server&apos;s value with yours</source>
        <translation>サーバーの値を自分の値で上書きするフィールドにチェックを付けます</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（デフォルト）</translation>
    </message>
    <message>
        <source>(reset to default)</source>
        <translation>（デフォルトにリセット）</translation>
    </message>
    <message>
        <source>Tick to overwrite the server&apos;s value with yours</source>
        <translation>チェックするとサーバーの値を自分の値で上書きします</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>Send the ticked changes and the ones without a conflict</source>
        <translation>チェックした変更と、競合のない変更を送信します</translation>
    </message>
    <message>
        <source>Cancel the apply</source>
        <translation>適用を中止</translation>
    </message>
    <message>
        <source>Send nothing; your changes stay queued</source>
        <translation>何も送信しません。変更は保留中のままです</translation>
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
        <translation>カスタム URL</translation>
    </message>
    <message>
        <source>Enter the address of the Harness server.</source>
        <translation>Harness サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>「%1」は有効なアドレスではありません。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>アドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>アドレスにホスト名がありません。</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>アドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>http:// では API キーが暗号化されずに送信されます。https:// を使用してください（http:// はこのコンピューター宛てにのみ使用できます）。</translation>
    </message>
</context>
<context>
    <name>hci::Envelope</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>応答に本文がありませんでした。</translation>
    </message>
    <message>
        <source>The answer is an HTML page.</source>
        <translation>応答が HTML ページです。</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>バイト %1 で JSON エラー: %2</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot; text.</source>
        <translation>応答に &quot;status&quot; のテキストがありません。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>不明なステータス「%1」。</translation>
    </message>
    <message>
        <source>SUCCESS with HTTP status %1.</source>
        <translation>HTTP ステータス %1 で SUCCESS。</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot;.</source>
        <translation>応答に &quot;data&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object of images.</source>
        <translation>&quot;data&quot; がイメージのオブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>hci::FieldCatalog</name>
    <message>
        <source>Add-on</source>
        <translation>アドオン</translation>
    </message>
    <message>
        <source>Runs each step&apos;s container inside the Kubernetes build pod.</source>
        <translation>各ステップのコンテナを Kubernetes のビルド Pod 内で実行します。</translation>
    </message>
    <message>
        <source>Lite engine</source>
        <translation>Lite Engine</translation>
    </message>
    <message>
        <source>Orchestrates the steps of a stage in the Kubernetes build pod.</source>
        <translation>Kubernetes のビルド Pod 内でステージのステップを制御します。</translation>
    </message>
    <message>
        <source>Add-on (rootless)</source>
        <translation>アドオン（rootless）</translation>
    </message>
    <message>
        <source>The add-on for pods that must not run as root.</source>
        <translation>root で実行できない Pod 用のアドオンです。</translation>
    </message>
    <message>
        <source>Lite engine (rootless)</source>
        <translation>Lite Engine（rootless）</translation>
    </message>
    <message>
        <source>The lite engine for pods that must not run as root.</source>
        <translation>root で実行できない Pod 用の Lite Engine です。</translation>
    </message>
    <message>
        <source>Git clone</source>
        <translation>Git クローン</translation>
    </message>
    <message>
        <source>Clones the pipeline&apos;s repository before the first step.</source>
        <translation>最初のステップの前にパイプラインのリポジトリをクローンします。</translation>
    </message>
    <message>
        <source>Docker registry</source>
        <translation>Docker レジストリ</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to a Docker registry.</source>
        <translation>kaniko でイメージをビルドし、Docker レジストリに push します。</translation>
    </message>
    <message>
        <source>Amazon ECR</source>
        <translation>Amazon ECR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Amazon ECR.</source>
        <translation>kaniko でイメージをビルドし、Amazon ECR に push します。</translation>
    </message>
    <message>
        <source>Azure ACR</source>
        <translation>Azure ACR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Azure Container Registry.</source>
        <translation>kaniko でイメージをビルドし、Azure Container Registry に push します。</translation>
    </message>
    <message>
        <source>Google GCR</source>
        <translation>Google GCR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Container Registry.</source>
        <translation>kaniko でイメージをビルドし、Google Container Registry に push します。</translation>
    </message>
    <message>
        <source>Google GAR</source>
        <translation>Google GAR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Artifact Registry.</source>
        <translation>kaniko でイメージをビルドし、Google Artifact Registry に push します。</translation>
    </message>
    <message>
        <source>Docker registry (buildx)</source>
        <translation>Docker レジストリ（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to a Docker registry.</source>
        <translation>Docker buildx でイメージをビルドし、Docker レジストリに push します。</translation>
    </message>
    <message>
        <source>Amazon ECR (buildx)</source>
        <translation>Amazon ECR（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Amazon ECR.</source>
        <translation>Docker buildx でイメージをビルドし、Amazon ECR に push します。</translation>
    </message>
    <message>
        <source>Google GAR (buildx)</source>
        <translation>Google GAR（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Google Artifact Registry.</source>
        <translation>Docker buildx でイメージをビルドし、Google Artifact Registry に push します。</translation>
    </message>
    <message>
        <source>Azure ACR (buildx)</source>
        <translation>Azure ACR（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Azure Container Registry.</source>
        <translation>Docker buildx でイメージをビルドし、Azure Container Registry に push します。</translation>
    </message>
    <message>
        <source>Upload to GCS</source>
        <translation>GCS へアップロード</translation>
    </message>
    <message>
        <source>Uploads files to a Google Cloud Storage bucket.</source>
        <translation>Google Cloud Storage のバケットにファイルをアップロードします。</translation>
    </message>
    <message>
        <source>Upload to S3</source>
        <translation>S3 へアップロード</translation>
    </message>
    <message>
        <source>Uploads files to an Amazon S3 bucket.</source>
        <translation>Amazon S3 のバケットにファイルをアップロードします。</translation>
    </message>
    <message>
        <source>Upload to Artifactory</source>
        <translation>Artifactory へアップロード</translation>
    </message>
    <message>
        <source>Uploads files to a JFrog Artifactory repository.</source>
        <translation>JFrog Artifactory のリポジトリにファイルをアップロードします。</translation>
    </message>
    <message>
        <source>Cache in GCS</source>
        <translation>GCS のキャッシュ</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Google Cloud Storage.</source>
        <translation>ビルドキャッシュを Google Cloud Storage に保存・復元します。</translation>
    </message>
    <message>
        <source>Cache in S3</source>
        <translation>S3 のキャッシュ</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Amazon S3.</source>
        <translation>ビルドキャッシュを Amazon S3 に保存・復元します。</translation>
    </message>
    <message>
        <source>Cache proxy</source>
        <translation>キャッシュプロキシ</translation>
    </message>
    <message>
        <source>Serves Harness Cache Intelligence to the build.</source>
        <translation>ビルドに Harness Cache Intelligence を提供します。</translation>
    </message>
    <message>
        <source>Cache in Azure</source>
        <translation>Azure のキャッシュ</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Azure Blob Storage (newer servers).</source>
        <translation>ビルドキャッシュを Azure Blob Storage に保存・復元します（新しいサーバー）。</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Saves and restores build caches (newer servers).</source>
        <translation>ビルドキャッシュを保存・復元します（新しいサーバー）。</translation>
    </message>
    <message>
        <source>Security tests</source>
        <translation>セキュリティテスト</translation>
    </message>
    <message>
        <source>Runs Security Testing Orchestration scanners.</source>
        <translation>Security Testing Orchestration のスキャナーを実行します。</translation>
    </message>
    <message>
        <source>SBOM orchestration</source>
        <translation>SBOM オーケストレーション</translation>
    </message>
    <message>
        <source>Generates a software bill of materials for an artifact.</source>
        <translation>アーティファクトのソフトウェア部品表（SBOM）を生成します。</translation>
    </message>
    <message>
        <source>SBOM policy enforcement</source>
        <translation>SBOM ポリシーの適用</translation>
    </message>
    <message>
        <source>Checks an artifact&apos;s SBOM against policies.</source>
        <translation>アーティファクトの SBOM をポリシーに照らして確認します。</translation>
    </message>
    <message>
        <source>Artifact signing</source>
        <translation>アーティファクトの署名</translation>
    </message>
    <message>
        <source>Signs built artifacts.</source>
        <translation>ビルドしたアーティファクトに署名します。</translation>
    </message>
    <message>
        <source>Artifact verification</source>
        <translation>アーティファクトの検証</translation>
    </message>
    <message>
        <source>Verifies the signatures of artifacts.</source>
        <translation>アーティファクトの署名を検証します。</translation>
    </message>
    <message>
        <source>SBOM with cdxgen</source>
        <translation>cdxgen による SBOM</translation>
    </message>
    <message>
        <source>Generates a CycloneDX SBOM with cdxgen.</source>
        <translation>cdxgen で CycloneDX 形式の SBOM を生成します。</translation>
    </message>
    <message>
        <source>SLSA provenance</source>
        <translation>SLSA プロビナンス</translation>
    </message>
    <message>
        <source>Generates SLSA provenance for built images.</source>
        <translation>ビルドしたイメージの SLSA プロビナンスを生成します。</translation>
    </message>
    <message>
        <source>SLSA verification</source>
        <translation>SLSA の検証</translation>
    </message>
    <message>
        <source>Verifies the SLSA provenance of an image.</source>
        <translation>イメージの SLSA プロビナンスを検証します。</translation>
    </message>
    <message>
        <source>Supply chain compliance</source>
        <translation>サプライチェーンのコンプライアンス</translation>
    </message>
    <message>
        <source>Checks a repository against supply chain compliance rules.</source>
        <translation>リポジトリをサプライチェーンのコンプライアンスルールに照らして確認します。</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Runs Terraform plans and applies.</source>
        <translation>Terraform の plan と apply を実行します。</translation>
    </message>
    <message>
        <source>Terragrunt</source>
        <translation>Terragrunt</translation>
    </message>
    <message>
        <source>Runs Terragrunt plans and applies.</source>
        <translation>Terragrunt の plan と apply を実行します。</translation>
    </message>
    <message>
        <source>Ansible</source>
        <translation>Ansible</translation>
    </message>
    <message>
        <source>Runs Ansible playbooks.</source>
        <translation>Ansible の Playbook を実行します。</translation>
    </message>
    <message>
        <source>OpenTofu</source>
        <translation>OpenTofu</translation>
    </message>
    <message>
        <source>Runs OpenTofu plans and applies.</source>
        <translation>OpenTofu の plan と apply を実行します。</translation>
    </message>
    <message>
        <source>Checkov</source>
        <translation>Checkov</translation>
    </message>
    <message>
        <source>Scans infrastructure code with Checkov.</source>
        <translation>Checkov でインフラストラクチャのコードをスキャンします。</translation>
    </message>
    <message>
        <source>terraform-compliance</source>
        <translation>terraform-compliance</translation>
    </message>
    <message>
        <source>Tests Terraform plans against compliance rules.</source>
        <translation>Terraform の plan をコンプライアンスルールに照らしてテストします。</translation>
    </message>
    <message>
        <source>TFLint</source>
        <translation>TFLint</translation>
    </message>
    <message>
        <source>Lints Terraform code with TFLint.</source>
        <translation>TFLint で Terraform のコードを検査します。</translation>
    </message>
    <message>
        <source>tfsec</source>
        <translation>tfsec</translation>
    </message>
    <message>
        <source>Scans Terraform code for security problems with tfsec.</source>
        <translation>tfsec で Terraform のコードのセキュリティ上の問題をスキャンします。</translation>
    </message>
    <message>
        <source>Module tests</source>
        <translation>モジュールのテスト</translation>
    </message>
    <message>
        <source>Runs the tests of a Terraform module.</source>
        <translation>Terraform モジュールのテストを実行します。</translation>
    </message>
    <message>
        <source>Cookiecutter</source>
        <translation>Cookiecutter</translation>
    </message>
    <message>
        <source>Creates a project from a Cookiecutter template.</source>
        <translation>Cookiecutter テンプレートからプロジェクトを作成します。</translation>
    </message>
    <message>
        <source>Create repository</source>
        <translation>リポジトリの作成</translation>
    </message>
    <message>
        <source>Creates a Git repository for a new service.</source>
        <translation>新しいサービス用の Git リポジトリを作成します。</translation>
    </message>
    <message>
        <source>Direct push</source>
        <translation>直接 push</translation>
    </message>
    <message>
        <source>Pushes generated code straight to a repository.</source>
        <translation>生成したコードをリポジトリに直接 push します。</translation>
    </message>
    <message>
        <source>Register in catalog</source>
        <translation>カタログに登録</translation>
    </message>
    <message>
        <source>Registers a service in the IDP software catalog.</source>
        <translation>IDP のソフトウェアカタログにサービスを登録します。</translation>
    </message>
    <message>
        <source>Create catalog entry</source>
        <translation>カタログエントリの作成</translation>
    </message>
    <message>
        <source>Writes a catalog-info file for a new service.</source>
        <translation>新しいサービス用の catalog-info ファイルを作成します。</translation>
    </message>
    <message>
        <source>Slack notification</source>
        <translation>Slack 通知</translation>
    </message>
    <message>
        <source>Posts a message to Slack.</source>
        <translation>Slack にメッセージを投稿します。</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>組織の作成</translation>
    </message>
    <message>
        <source>Creates a Harness organization.</source>
        <translation>Harness の組織を作成します。</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>プロジェクトの作成</translation>
    </message>
    <message>
        <source>Creates a Harness project.</source>
        <translation>Harness のプロジェクトを作成します。</translation>
    </message>
    <message>
        <source>Create resource</source>
        <translation>リソースの作成</translation>
    </message>
    <message>
        <source>Creates a Harness resource from a definition.</source>
        <translation>定義から Harness のリソースを作成します。</translation>
    </message>
    <message>
        <source>Update catalog property</source>
        <translation>カタログのプロパティを更新</translation>
    </message>
    <message>
        <source>Changes a property of a catalog entry.</source>
        <translation>カタログエントリのプロパティを変更します。</translation>
    </message>
    <message>
        <source>A field this version of the app does not know yet.</source>
        <translation>このバージョンのアプリがまだ認識していないフィールドです。</translation>
    </message>
    <message>
        <source>CI core</source>
        <translation>CI コア</translation>
    </message>
    <message>
        <source>Build and push</source>
        <translation>ビルドと push</translation>
    </message>
    <message>
        <source>Build and push with buildx</source>
        <translation>buildx によるビルドと push</translation>
    </message>
    <message>
        <source>Upload and cache</source>
        <translation>アップロードとキャッシュ</translation>
    </message>
    <message>
        <source>Security and supply chain</source>
        <translation>セキュリティとサプライチェーン</translation>
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
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>hci::FieldRules</name>
    <message>
        <source>This row holds a rootless image, but %1 is not a rootless tag: pipelines that run without root would get the image that needs root.</source>
        <translation>この行は rootless イメージ用ですが、%1 は rootless のタグではありません。root なしで実行するパイプラインが、root を必要とするイメージを使用することになります。</translation>
    </message>
    <message>
        <source>%1 is version %2, but %3 is %4: Harness ships the add-on and the lite engine together, with the same version.</source>
        <translation>%1 はバージョン %2 ですが、%3 は %4 です。Harness はアドオンと Lite Engine を同じバージョンでまとめて提供しています。</translation>
    </message>
</context>
<context>
    <name>hci::HarnessClient</name>
    <message>
        <source>&quot;data&quot; is not true.</source>
        <translation>&quot;data&quot; が true ではありません。</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>サーバーのアドレスが無効です。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>サーバーのアドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>http:// では API キーが暗号化されずに送信されます。https:// を使用してください（http:// はこのコンピューター宛てにのみ使用できます）。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>サーバーのアドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The account ID is missing.</source>
        <translation>アカウント ID がありません。</translation>
    </message>
    <message>
        <source>The account ID contains spaces or symbols.</source>
        <translation>アカウント ID に空白または記号が含まれています。</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>API キーがありません。</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste it again.</source>
        <translation>API キーに空白または改行が含まれています。もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>No connection is set up.</source>
        <translation>接続が設定されていません。</translation>
    </message>
    <message>
        <source>More than %1 bytes; the download was stopped.</source>
        <translation>%1 バイトを超えたため、ダウンロードを中止しました。</translation>
    </message>
    <message>
        <source>Redirect to %1 was not followed.</source>
        <translation>%1 へのリダイレクトには従いませんでした。</translation>
    </message>
</context>
<context>
    <name>hci::HistoryWindow</name>
    <message>
        <source>(default)</source>
        <translation>（デフォルト）</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>CSV としてエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Revert this apply…</source>
        <translation>この適用を取り消す(&amp;R)…</translation>
    </message>
    <message>
        <source>History of applies — Harness CI Images</source>
        <translation>適用の履歴 — Harness CI Images</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>すべてのモジュール</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <source>All infrastructures</source>
        <translation>すべてのインフラストラクチャ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>適用一覧</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Fields of the selected apply</source>
        <translation>選択した適用のフィールド</translation>
    </message>
    <message>
        <source>Save the selected apply, one line per field, as a CSV file</source>
        <translation>選択した適用を、フィールドごとに 1 行の CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Queue the changes that undo this apply; you review them before anything is sent</source>
        <translation>この適用を元に戻す変更を保留します。送信する前に内容を確認できます</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>すべてのプロファイル</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n confirmed</source>
        <translation>
            <numerusform>%n 件中 %1 件確認済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>No applies recorded yet for this choice.</source>
        <translation>この選択に該当する適用の記録はまだありません。</translation>
    </message>
    <message>
        <source>Apply %1 from the %2 · correlation IDs: %3</source>
        <translation>%2 から行った適用 %1 · 相関 ID: %3</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Export the apply as CSV</source>
        <translation>適用を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Select an apply first.</source>
        <translation>先に適用を選択してください。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>hci::ImageReference</name>
    <message>
        <source>The registry address &quot;%1&quot; has an unclosed bracket.</source>
        <translation>レジストリのアドレス「%1」に閉じていない括弧があります。</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is not valid.</source>
        <translation>レジストリのアドレス「%1」が無効です。</translation>
    </message>
    <message>
        <source>The registry &quot;%1&quot; has a colon but no port number.</source>
        <translation>レジストリ「%1」にコロンがありますが、ポート番号がありません。</translation>
    </message>
    <message>
        <source>The registry host &quot;%1&quot; is not a valid host name.</source>
        <translation>レジストリのホスト「%1」は有効なホスト名ではありません。</translation>
    </message>
    <message>
        <source>The registry port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>レジストリのポート「%1」が 1 から 65535 までの数値ではありません。</translation>
    </message>
    <message>
        <source>The image name has an empty part between slashes.</source>
        <translation>イメージ名のスラッシュの間に空の部分があります。</translation>
    </message>
    <message>
        <source>Image names must be lower case: &quot;%1&quot;.</source>
        <translation>イメージ名は小文字でなければなりません:「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name part: use lower-case letters, digits and single separators (., _, __ or -) between them.</source>
        <translation>「%1」はイメージ名の一部として無効です。小文字、数字と、その間に 1 つの区切り文字（.、_、__、-）を使用してください。</translation>
    </message>
    <message>
        <source>The tag after the colon is empty.</source>
        <translation>コロンの後のタグが空です。</translation>
    </message>
    <message>
        <source>The tag is longer than 128 characters.</source>
        <translation>タグが 128 文字を超えています。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>タグ「%1」が無効です。英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; を使用し、&apos;.&apos; や &apos;-&apos; で始めないでください。</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is not valid: it should look like sha256:&lt;64 hex digits&gt;.</source>
        <translation>ダイジェスト「%1」が無効です。sha256:&lt;16 進数 64 桁&gt; の形式である必要があります。</translation>
    </message>
    <message>
        <source>The %1 digest has the wrong length.</source>
        <translation>%1 ダイジェストの長さが正しくありません。</translation>
    </message>
    <message>
        <source>The image reference is empty.</source>
        <translation>イメージ参照が空です。</translation>
    </message>
    <message>
        <source>The image reference contains a space.</source>
        <translation>イメージ参照に空白が含まれています。</translation>
    </message>
    <message>
        <source>The image reference has no image name.</source>
        <translation>イメージ参照にイメージ名がありません。</translation>
    </message>
    <message>
        <source>The image name is longer than %1 characters.</source>
        <translation>イメージ名が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The image reference names a registry but no image.</source>
        <translation>イメージ参照にレジストリはありますが、イメージがありません。</translation>
    </message>
</context>
<context>
    <name>hci::JournalRestoreBar</name>
    <message>
        <source>%1: reset to the default</source>
        <translation>%1: デフォルトにリセット</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <source>Restore &amp;unchanged only</source>
        <translation>未変更のもののみ復元(&amp;U)</translation>
    </message>
    <message>
        <source>Dis&amp;card them</source>
        <translation>破棄(&amp;C)</translation>
    </message>
    <message>
        <source>Queue these edits again; nothing is sent until you apply</source>
        <translation>これらの編集を再び保留します。適用するまで何も送信されません</translation>
    </message>
    <message>
        <source>Queue only the edits of fields the server has not changed since</source>
        <translation>その後サーバー上で変更されていないフィールドの編集のみを保留します</translation>
    </message>
    <message>
        <source>Forget these edits</source>
        <translation>これらの編集を破棄します</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) queued here on %1 were not applied before the app stopped.</source>
        <translation>
            <numerusform>%1 にここで保留した %n 件の編集は、アプリの終了前に適用されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>  (changed on the server since)</source>
        <translation>  （その後サーバー上で変更あり）</translation>
    </message>
    <message numerus="yes">
        <source>The server changed %n of these field(s) since: restoring would overwrite %1.</source>
        <translation>
            <numerusform>その後、サーバー上でこれらのフィールドのうち %n 個が変更されました。復元すると %1 が上書きされます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::LocalStore</name>
    <message>
        <source>The folder for the local store, %1, cannot be created. Queued edits and the history are kept for this run only.</source>
        <translation>ローカルストアのフォルダー %1 を作成できません。保留中の編集と履歴は今回の実行中のみ保持されます。</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of this app and is left as it is. Queued edits and the history are kept for this run only.</source>
        <translation>ローカルストア %1 はこのアプリの新しいバージョンで書き込まれたため、そのままにしています。保留中の編集と履歴は今回の実行中のみ保持されます。</translation>
    </message>
    <message>
        <source>The local store %1 cannot be opened (%2) nor moved aside. Queued edits and the history are kept for this run only.</source>
        <translation>ローカルストア %1 を開けず（%2）、退避もできません。保留中の編集と履歴は今回の実行中のみ保持されます。</translation>
    </message>
    <message>
        <source>The local store %1 could not be opened (%2) and a new one could not be started either. The old file is now %3. Queued edits and the history are kept for this run only.</source>
        <translation>ローカルストア %1 を開けず（%2）、新しいストアも作成できませんでした。古いファイルは現在 %3 にあります。保留中の編集と履歴は今回の実行中のみ保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>The local store could not be read (%1), so it was moved to %2 and a new one was started. %n queued edit(s) were carried over from it.</source>
        <translation>
            <numerusform>ローカルストアを読み取れなかったため（%1）、%2 に移動して新しいストアを作成しました。保留中の編集 %n 件を引き継ぎました。</numerusform>
        </translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>Qt の SQLite ドライバーがインストールされていません</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>ログ先行書き込み（WAL）を使用できません</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>スキーマのステップ %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>cannot rename it</source>
        <translation>名前を変更できません</translation>
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
        <translation>プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit, test and open connection profiles</source>
        <translation>接続プロファイルの追加、編集、テスト、オープン</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the defaults and overrides again (F5)</source>
        <translation>デフォルトとオーバーライドを再度読み込みます（F5）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>元に戻す: %1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>やり直し(&amp;E)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>やり直し: %1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>すべてリセット(&amp;A)</translation>
    </message>
    <message>
        <source>Queue a reset to the default for every overridden field</source>
        <translation>オーバーライドされたすべてのフィールドについて、デフォルトへのリセットを保留します</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>デフォルトにリセット</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Which module&apos;s images to show: CI, IaCM or IDP</source>
        <translation>表示するイメージのモジュール: CI、IaCM、IDP</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <source>Which build infrastructure&apos;s images to show: Kubernetes or VMs</source>
        <translation>表示するイメージのビルドインフラストラクチャ: Kubernetes または VM</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>モジュール(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Infrastructure:</source>
        <translation>インフラ(&amp;I):</translation>
    </message>
    <message>
        <source>Filter by field, image or tag (Ctrl+F)</source>
        <translation>フィールド、イメージ、タグで絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Show &amp;overrides only</source>
        <translation>オーバーライドのみ表示(&amp;O)</translation>
    </message>
    <message>
        <source>Hide the fields that use Harness&apos;s default image</source>
        <translation>Harness のデフォルトのイメージを使うフィールドを隠します</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 件のリクエストを処理中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy or limiting requests. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness が混雑しているか、リクエストを制限しています。%n 秒後に再試行します…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s); the server confirmed each one.</source>
        <translation>
            <numerusform>%n 件の変更を適用しました。サーバーがすべて確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>サンドボックス（%1）</translation>
    </message>
    <message>
        <source>Apply the queued changes before closing?</source>
        <translation>閉じる前に保留中の変更を適用しますか？</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to %1 on %2?</source>
        <translation>%2 の %1 に切り替える前に保留中の変更を適用しますか？</translation>
    </message>
    <message>
        <source>Apply the queued changes before refreshing?</source>
        <translation>再読み込みの前に保留中の変更を適用しますか？</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>すべてリセット</translation>
    </message>
    <message numerus="yes">
        <source>Queue a reset to the default for all %n overridden field(s) of %1 on %2? Nothing is sent until you apply.</source>
        <translation>
            <numerusform>%2 の %1 でオーバーライドされている %n 件のフィールドすべてについて、デフォルトへのリセットを保留しますか？適用するまで何も送信されません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n field(s) to their defaults</source>
        <translation>
            <numerusform>%n 件のフィールドをデフォルトにリセット</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the images. %1</source>
        <translation>イメージを読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Could not refresh; showing what was loaded before. %1</source>
        <translation>再読み込みできませんでした。以前に読み込んだ内容を表示しています。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued. %1</source>
        <translation>
            <numerusform>%n 件の変更が反映されず、保留中のままです。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are queued and not sent yet.</source>
        <translation>
            <numerusform>%n 件の変更が保留中で、まだ送信されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更を適用</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the queued changes and send them (Ctrl+Return)</source>
        <translation>保留中の変更を確認して送信します（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>%2 のアカウント %1</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Harness CI Images</source>
        <translation>Harness CI Images について(&amp;A)</translation>
    </message>
    <message>
        <source>About Harness CI Images</source>
        <translation>Harness CI Images について</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts</source>
        <translation>次回アプリを起動したときに反映されます</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Harness CI Images will speak %1 the next time it starts.</source>
        <translation>次回の起動から Harness CI Images は %1 で表示されます。</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Keys kept in memory for this run</source>
        <translation>キーはこの実行中だけメモリに保持</translation>
    </message>
    <message>
        <source>No keychain was available, so API keys are not saved: they are forgotten when the app quits.</source>
        <translation>キーチェーンが利用できなかったため、API キーは保存されません。アプリを終了すると破棄されます。</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to another profile?</source>
        <translation>別のプロファイルに切り替える前に保留中の変更を適用しますか？</translation>
    </message>
    <message>
        <source>Cannot open the Environment profile: %1</source>
        <translation>環境変数のプロファイルを開けません: %1</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>そのプロファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>Reading the key of “%1”…</source>
        <translation>「%1」のキーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>「%1」を開けません。%2</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1（%3 のアカウント %2）</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — Harness CI Images</source>
        <translation>本番環境 — %1 — Harness CI Images</translation>
    </message>
    <message>
        <source>%1 — Harness CI Images</source>
        <translation>%1 — Harness CI Images</translation>
    </message>
    <message>
        <source>Tags are looked up on the mirror without its password. %1</source>
        <translation>ミラーのパスワードなしでタグを検索します。%1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Drop every queued change without sending it</source>
        <translation>保留中の変更を送信せずにすべて破棄します</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show overrides only</source>
        <translation>オーバーライドのみ表示</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; open another account once it has settled.</source>
        <translation>%1 への適用がまだ実行中です。完了してから別のアカウントを開いてください。</translation>
    </message>
    <message>
        <source>An apply is still running; switch the module or infrastructure once it has settled.</source>
        <translation>適用がまだ実行中です。完了してからモジュールまたはインフラストラクチャを切り替えてください。</translation>
    </message>
    <message>
        <source>An apply is still running; its read-back refreshes the table when it has settled.</source>
        <translation>適用がまだ実行中です。完了すると、読み戻しによって表が更新されます。</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>読み込みを中止しました。</translation>
    </message>
    <message>
        <source>Loading stopped; showing what was loaded before.</source>
        <translation>読み込みを中止しました。以前に読み込んだ内容を表示しています。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for the server; nothing has been sent yet</source>
        <translation>サーバーの待機を中止します。まだ何も送信されていません</translation>
    </message>
    <message>
        <source>Cancel reading from the server</source>
        <translation>サーバーからの読み込みをキャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Apply cancelled before anything was sent; the %n change(s) stay queued.</source>
        <translation>
            <numerusform>何も送信される前に適用をキャンセルしました。%n 件の変更は保留中のままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another window&apos;s apply to this account to finish: Harness saves one document per account, so writes go one at a time.</source>
        <translation>別のウィンドウからのこのアカウントへの適用が終わるのを待っています。Harness はアカウントごとに 1 つのドキュメントを保存するため、書き込みは 1 つずつ行われます。</translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n change(s) one at a time to find the ones Harness refuses…</source>
        <translation>
            <numerusform>Harness が拒否する変更を特定するため、%n 件の変更を 1 件ずつ送信中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued.</source>
        <translation>
            <numerusform>%n 件の変更は反映されず、保留中のままです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness answered with its generic internal error, which it also gives when one field is not accepted on %1; it names no field and saved nothing of that request. Send its %n change(s) one at a time to find the refused ones? Those Harness accepts are saved.</source>
        <translation>
            <numerusform>Harness は一般的な内部エラーを返しました。このエラーは %1 でフィールドが 1 つでも受け付けられない場合にも返されます。フィールド名は示されず、そのリクエストの内容は何も保存されていません。拒否された変更を特定するため、%n 件の変更を 1 件ずつ送信しますか？ Harness が受け付けた変更は保存されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Harness refuses %1 on %2: a request with that field alone got its generic internal error, and nothing of it was saved.</source>
        <translation>Harness は %2 で %1 を受け付けません。そのフィールドだけのリクエストでも一般的な内部エラーが返され、何も保存されませんでした。</translation>
    </message>
    <message>
        <source>Find the refused fields</source>
        <translation>拒否されたフィールドを特定</translation>
    </message>
    <message>
        <source>Send each change of the refused request on its own, one after another, then read back</source>
        <translation>拒否されたリクエストの変更を 1 件ずつ順番に送信し、その後読み戻します</translation>
    </message>
    <message numerus="yes">
        <source>Sent one at a time, every change took (%n in all); the server confirmed each one.</source>
        <translation>
            <numerusform>1 件ずつ送信し、すべての変更（計 %n 件）が反映されました。サーバーはそれぞれを確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses %n field(s) on %1, which stay queued: %2.</source>
        <translation>
            <numerusform>Harness は %1 で %n 個のフィールドを受け付けません。これらは保留中のままです: %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) took.</source>
        <translation>
            <numerusform>残りの %n 件の変更は反映されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Harness refused this change when it was sent alone (HTTP %1, correlation ID %2).</source>
        <translation>この変更を単独で送信したところ、Harness に拒否されました（HTTP %1、相関 ID %2）。</translation>
    </message>
    <message>
        <source>Apply in flight</source>
        <translation>適用の処理中</translation>
    </message>
    <message>
        <source>Changes are being sent to %1, and the server has not confirmed them yet.</source>
        <translation>変更を %1 に送信中で、サーバーはまだ確認していません。</translation>
    </message>
    <message>
        <source>Wait, and the window closes once the apply has settled. If you close now, the outcome is unknown: the app checks what took the next time you open this account.</source>
        <translation>待機すると、適用の完了後にウィンドウが閉じます。今閉じると結果は不明になります。次回このアカウントを開いたときに、反映された内容をアプリが確認します。</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>待機(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>このまま閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>The window closes once the apply to %1 has settled.</source>
        <translation>%1 への適用が完了すると、ウィンドウが閉じます。</translation>
    </message>
    <message numerus="yes">
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of its change(s) took.</source>
        <translation>
            <numerusform>%2 の %1 への適用の処理中にアプリが終了しました（%3）。サーバーによると、%n 件の変更はすべて反映されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); %4 of its changes took, these did not: %5. Queue them again if you still want them.</source>
        <translation>%2 の %1 への適用の処理中にアプリが終了しました（%3）。変更のうち %4 件は反映されましたが、次の変更は反映されませんでした: %5。必要な場合は、もう一度保留してください。</translation>
    </message>
    <message>
        <source>Edit &amp;override…</source>
        <translation>オーバーライドを編集(&amp;O)…</translation>
    </message>
    <message>
        <source>Type a new image for the selected field (F2)</source>
        <translation>選択したフィールドの新しいイメージを入力します（F2）</translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>すべてのフィールドを表示</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>プロファイルを編集…</translation>
    </message>
    <message>
        <source>No field matches “%1”.</source>
        <translation>「%1」に一致するフィールドはありません。</translation>
    </message>
    <message>
        <source>No field is overridden here: every field uses Harness&apos;s default image.</source>
        <translation>ここではオーバーライドされているフィールドはありません。すべてのフィールドが Harness のデフォルトのイメージを使用します。</translation>
    </message>
    <message>
        <source>Open the profile to enter a new API key</source>
        <translation>プロファイルを開いて新しい API キーを入力</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n field(s) read-only</source>
        <translation>
            <numerusform>%1 · %n 個のフィールドが読み取り専用</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent values that are not image references for: %1. They show as the server sent them and are never changed or sent back.</source>
        <translation>次のフィールドについて、サーバーがイメージ参照ではない値を送りました: %1。これらはサーバーから送られたとおりに表示され、変更や送り返しは行われません。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Mirror to a registry…</source>
        <translation>レジストリにミラー(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now point at the mirror. Review and apply them when the images are copied.</source>
        <translation>
            <numerusform>%n 個のフィールドがミラーを指すようになりました。イメージのコピー後に確認して適用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Open an account first: the comparison starts from what this window shows.</source>
        <translation>先にアカウントを開いてください。比較はこのウィンドウの表示内容をもとに行われます。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;See and change the container images Harness CI runs pipelines with.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Application ID: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;Harness CI がパイプラインの実行に使用するコンテナイメージを確認・変更します。&lt;/p&gt;&lt;p&gt;Apache License バージョン 2.0 の下でライセンスされています。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;アプリケーション ID: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; switch to another profile once it has settled.</source>
        <translation>%1 への適用がまだ実行中です。完了してから別のプロファイルに切り替えてください。</translation>
    </message>
</context>
<context>
    <name>hci::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Try the same again</source>
        <translation>同じ操作をもう一度試します</translation>
    </message>
    <message>
        <source>Show what the server answered, with its correlation ID</source>
        <translation>サーバーの応答を相関 ID とともに表示します</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>推奨される次の手順</translation>
    </message>
</context>
<context>
    <name>hci::MirrorDialog</name>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>選択した行（%n）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All rows</source>
        <translation>すべての行(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;copy list…</source>
        <translation>コピーリストを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Queue overrides</source>
        <translation>オーバーライドを保留(&amp;Q)</translation>
    </message>
    <message>
        <source>Mirror to a registry</source>
        <translation>レジストリにミラー</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>In the mirror</source>
        <translation>ミラー内</translation>
    </message>
    <message>
        <source>&amp;Target prefix:</source>
        <translation>ターゲットのプレフィックス(&amp;T):</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行:</translation>
    </message>
    <message>
        <source>Each image is copied under the prefix with its repository path and tag; the fields are then pointed at the copies. Copy the images (the copy list has a skopeo script) before pipelines run with the new overrides.</source>
        <translation>各イメージは、リポジトリのパスとタグを保ったままプレフィックスの下にコピーされ、フィールドはそのコピーを指すようになります。新しいオーバーライドでパイプラインを実行する前に、イメージをコピーしてください（コピーリストには skopeo スクリプトが含まれています）。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before applying.</source>
        <translation>
            <numerusform>%n 個のイメージがまだミラーにありません。適用する前にコピーしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be checked: %1</source>
        <translation>
            <numerusform>%n 個のイメージを確認できませんでした: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mirror holds every image these fields would use.</source>
        <translation>これらのフィールドが使用するイメージはすべてミラーにあります。</translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>ミラーに向けるフィールドがありません。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no: copy it first</source>
        <translation>いいえ: 先にコピーしてください</translation>
    </message>
    <message>
        <source>Saved the copy list to %1 and its skopeo script to %2.</source>
        <translation>コピーリストを %1 に、その skopeo スクリプトを %2 に保存しました。</translation>
    </message>
    <message>
        <source>Save Copy List</source>
        <translation>コピーリストの保存</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Not queued:</source>
        <translation>保留されなかった項目:</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPlan</name>
    <message>
        <source>There is no field &quot;%1&quot; here.</source>
        <translation>ここにはフィールド「%1」がありません。</translation>
    </message>
    <message>
        <source>%1 is read-only: it is not mirrored.</source>
        <translation>%1 は読み取り専用のため、ミラーされません。</translation>
    </message>
    <message>
        <source>%1 has no image to mirror.</source>
        <translation>%1 にはミラーするイメージがありません。</translation>
    </message>
    <message>
        <source>%1 already uses the mirror: %2</source>
        <translation>%1 はすでにミラーを使用しています: %2</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; cannot be mirrored: %3</source>
        <translation>%1 = &quot;%2&quot; はミラーできません: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Point %n field(s) at the mirror %1</source>
        <translation>
            <numerusform>%n 個のフィールドをミラー %1 に向ける</numerusform>
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
        <translation>ミラーのレジストリとパスを入力してください（例: artifactory.example.com/harness-mirror）。</translation>
    </message>
    <message>
        <source>Leave out the scheme: enter the registry host and path, for example artifactory.example.com/harness-mirror.</source>
        <translation>スキームは省略し、レジストリのホストとパスを入力してください（例: artifactory.example.com/harness-mirror）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: %2</source>
        <translation>「%1」はレジストリのパスではありません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a registry host: name one with a dot or a port, for example registry.example.com/%1 or localhost:5000/%1.</source>
        <translation>「%1」がレジストリのホストで始まっていません。ドットまたはポートを含むホストを指定してください（例: registry.example.com/%1 または localhost:5000/%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: leave out tags and digests.</source>
        <translation>「%1」はレジストリのパスではありません。タグとダイジェストは省略してください。</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPresence</name>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>確認できませんでした: %1</translation>
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
        <translation>そのプロファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>「%1」を開けません。%2</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n field(s)</source>
        <translation>
            <numerusform>%n 個のフィールドをコピー</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 は読み取り専用です: サーバーから、このアプリでは編集しない値が送られてきました。</translation>
    </message>
</context>
<context>
    <name>hci::OverrideEditor</name>
    <message>
        <source>Empty resets to the default</source>
        <translation>空にするとデフォルトに戻します</translation>
    </message>
    <message>
        <source>Empty resets the field to its default</source>
        <translation>空にするとフィールドをデフォルトに戻します</translation>
    </message>
    <message>
        <source>Sets %1</source>
        <translation>%1 を設定します</translation>
    </message>
</context>
<context>
    <name>hci::OverridesFile</name>
    <message>
        <source>It is not JSON: %1 at character %2.</source>
        <translation>JSON ではありません: 文字 %2 で %1。</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>It names no format; an exported file says &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>形式が指定されていません。エクスポートしたファイルには &quot;format&quot;: &quot;%1&quot; と書かれています。</translation>
    </message>
    <message>
        <source>Its format is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>形式が「%2」ではなく「%1」です。</translation>
    </message>
    <message>
        <source>It has no &quot;scopes&quot; array.</source>
        <translation>&quot;scopes&quot; 配列がありません。</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>スコープ %1</translation>
    </message>
    <message>
        <source>%1: needs &quot;module&quot; (ci, iacm or idp) and &quot;infra&quot; (K8 or VM).</source>
        <translation>%1: &quot;module&quot;（ci、iacm、idp のいずれか）と &quot;infra&quot;（K8 または VM）が必要です。</translation>
    </message>
    <message>
        <source>%1: %2 is in the file twice.</source>
        <translation>%1: %2 がファイル内に 2 回あります。</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;overrides&quot; is not an object of field names and images.</source>
        <translation>%1（%2）: &quot;overrides&quot; がフィールド名とイメージのオブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1: %2 is not an image reference.</source>
        <translation>%1: %2 はイメージ参照ではありません。</translation>
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
        <translation>オーバーライドファイル (*.json)</translation>
    </message>
    <message>
        <source>Terraform (*.tf)</source>
        <translation>Terraform (*.tf)</translation>
    </message>
    <message>
        <source>&amp;Export overrides…</source>
        <translation>オーバーライドをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import overrides…</source>
        <translation>オーバーライドをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Write the overrides to a JSON or Terraform file; the API key stays out</source>
        <translation>オーバーライドを JSON または Terraform ファイルに書き出します（API キーは含みません）</translation>
    </message>
    <message>
        <source>Queue the overrides of an exported file here; nothing is sent before the review</source>
        <translation>エクスポートしたファイルのオーバーライドをここで保留します。確認前には何も送信されません</translation>
    </message>
    <message>
        <source>Export overrides</source>
        <translation>オーバーライドをエクスポート</translation>
    </message>
    <message>
        <source>Import overrides</source>
        <translation>オーバーライドをインポート</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Export the overrides of %1 only, or of every module and infrastructure?</source>
        <translation>%1 のオーバーライドだけをエクスポートしますか？それとも、すべてのモジュールとインフラストラクチャをエクスポートしますか？</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Nothing was written: another account was opened while the overrides were read.</source>
        <translation>何も書き込まれませんでした: オーバーライドの読み込み中に別のアカウントが開かれました。</translation>
    </message>
    <message>
        <source>Nothing was written: %1 could not be read.</source>
        <translation>何も書き込まれませんでした: %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s) to %1.</source>
        <translation>
            <numerusform>%n 件のオーバーライドを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was queued.</source>
        <translation>%1 はインポートできません。何も保留されていません。</translation>
    </message>
    <message>
        <source>This file was exported from account %1, and this window is open on account %2. Queue its overrides here?</source>
        <translation>このファイルはアカウント %1 からエクスポートされましたが、このウィンドウではアカウント %2 が開かれています。ここにオーバーライドを保留しますか？</translation>
    </message>
    <message>
        <source>&amp;Queue here</source>
        <translation>ここに保留(&amp;Q)</translation>
    </message>
    <message>
        <source>Not imported, because this window shows %1: %2. Switch to each and import the file again.</source>
        <translation>インポートしませんでした。このウィンドウに表示されているのは %1 です: %2。それぞれに切り替えてから、もう一度ファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The file has no overrides for %1; nothing was queued.</source>
        <translation>ファイルに %1 のオーバーライドがありません。何も保留されていません。</translation>
    </message>
    <message>
        <source>An apply is in progress; import the file once it is done.</source>
        <translation>適用中です。完了してからファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Not queued, because %1 does not list them on this account: %2.</source>
        <translation>このアカウントの %1 に含まれていないため、保留しませんでした: %2。</translation>
    </message>
    <message>
        <source>The overrides of %1 already equal the file&apos;s: nothing to change.</source>
        <translation>%1 のオーバーライドはすでにファイルと同じです。変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued from the file; nothing is sent until you apply.</source>
        <translation>
            <numerusform>ファイルから %n 件の変更を保留しました。適用するまで何も送信されません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::OverridesImport</name>
    <message>
        <source>Import overrides</source>
        <translation>オーバーライドをインポート</translation>
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
        <translation>環境変数（HARNESS_API_KEY）</translation>
    </message>
    <message>
        <source>HARNESS_BASE_URL cannot be used: %1</source>
        <translation>HARNESS_BASE_URL を使用できません: %1</translation>
    </message>
    <message>
        <source>Set HARNESS_ACCOUNT_ID: the key in HARNESS_API_KEY does not name an account.</source>
        <translation>HARNESS_ACCOUNT_ID を設定してください。HARNESS_API_KEY のキーにはアカウントが含まれていません。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>Enter the account ID (it fills itself in from a pat. or sat. key).</source>
        <translation>アカウント ID を入力してください（pat. または sat. キーからは自動入力されます）。</translation>
    </message>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>サンドボックス（内蔵）</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>名前のないプロファイル</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
</context>
<context>
    <name>hci::ProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the key in &amp;memory for this run</source>
        <translation>この実行中だけキーをメモリに保持(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — 本番環境</translation>
    </message>
    <message>
        <source>New profile (not saved)</source>
        <translation>新しいプロファイル（未保存）</translation>
    </message>
    <message>
        <source>The sandbox is a Harness-compatible server inside this app, on 127.0.0.1, with the documented default images and a few demo overrides. Nothing leaves this computer, and its changes are forgotten when the app quits.</source>
        <translation>サンドボックスは、このアプリに内蔵された Harness 互換のサーバーです。127.0.0.1 上で動作し、ドキュメントに記載されたデフォルトのイメージと、いくつかのデモ用オーバーライドを備えています。データがこのコンピューターの外に出ることはなく、変更はアプリの終了時に破棄されます。</translation>
    </message>
    <message>
        <source>From the environment: HARNESS_API_KEY, with HARNESS_ACCOUNT_ID and HARNESS_BASE_URL when set. Account %1 on %2. Used for this run as it is and never stored; change the variables to change it.</source>
        <translation>環境変数から: HARNESS_API_KEY と、設定されていれば HARNESS_ACCOUNT_ID と HARNESS_BASE_URL。%2 のアカウント %1。この実行中にそのまま使用され、保存されることはありません。変更するには環境変数を変更してください。</translation>
    </message>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>このプロファイルの API キーを入力してください。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>キーを保存しています…</translation>
    </message>
    <message>
        <source>The profile is saved, but its key is not.</source>
        <translation>プロファイルは保存されましたが、キーは保存されていません。</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is kept in memory for this run only.</source>
        <translation>「%1」を保存しました。キーはこの実行中だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is in the system keychain.</source>
        <translation>「%1」を保存しました。キーはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Made “%1”; the original had no key to copy, so enter one.</source>
        <translation>「%1」を作成しました。元のプロファイルにはコピーするキーがなかったため、キーを入力してください。</translation>
    </message>
    <message>
        <source>Made “%1”, but its key could not be copied.</source>
        <translation>「%1」を作成しましたが、キーをコピーできませんでした。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>プロファイル「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Its API key is removed from the system keychain too.</source>
        <translation>API キーもシステムのキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>「%1」は削除されませんでした。</translation>
    </message>
    <message>
        <source>Deleted “%1” and its key.</source>
        <translation>「%1」とそのキーを削除しました。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>「%1」への変更を保存しますか？</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>キーチェーンの応答: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>複製(&amp;I)</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>再試行(&amp;G)</translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation>接続(&amp;E)</translation>
    </message>
    <message>
        <source>The built-in sandbox, the environment&apos;s key when set, and your profiles</source>
        <translation>内蔵のサンドボックス、設定されていれば環境変数のキー、そしてあなたのプロファイル</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>新しいプロファイルを作成します</translation>
    </message>
    <message>
        <source>Copy the selected profile and its key under a new name</source>
        <translation>選択したプロファイルとそのキーを新しい名前でコピーします</translation>
    </message>
    <message>
        <source>Delete the selected profile and remove its key from the keychain</source>
        <translation>選択したプロファイルを削除し、そのキーをキーチェーンから削除します</translation>
    </message>
    <message>
        <source>Use keys without saving them for the rest of this run; they are forgotten when the app quits</source>
        <translation>この実行中はキーを保存せずに使用します。アプリを終了すると破棄されます</translation>
    </message>
    <message>
        <source>Try the keychain again, e.g. after starting or unlocking it</source>
        <translation>キーチェーンをもう一度試します（起動やロック解除の後など）</translation>
    </message>
    <message>
        <source>Save the profile; a typed key goes to the system keychain</source>
        <translation>プロファイルを保存します。入力したキーはシステムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Save any changes and open the selected profile</source>
        <translation>変更を保存して、選択したプロファイルを開きます</translation>
    </message>
    <message>
        <source>Close this window; unsaved changes are asked about first</source>
        <translation>このウィンドウを閉じます。未保存の変更がある場合は先に確認します</translation>
    </message>
    <message>
        <source>The mirror password was not saved. %1</source>
        <translation>ミラーのパスワードは保存されませんでした。%1</translation>
    </message>
    <message>
        <source>Saves the changes first, then opens this profile</source>
        <translation>変更を保存してから、このプロファイルを開きます</translation>
    </message>
    <message>
        <source>Open the selected profile</source>
        <translation>選択したプロファイルを開きます</translation>
    </message>
</context>
<context>
    <name>hci::ProfileEditing</name>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>このプロファイルの API キーを入力してください。</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>そのプロファイルはもう存在しません。</translation>
    </message>
</context>
<context>
    <name>hci::ProfileForm</name>
    <message>
        <source>This is a &amp;production account</source>
        <translation>本番アカウント(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>例: Acme 本番</translation>
    </message>
    <message>
        <source>https://harness.example.com</source>
        <translation>https://harness.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <source>Filled in from a pat. or sat. key</source>
        <translation>pat. または sat. キーから自動入力</translation>
    </message>
    <message>
        <source>API key (X-API-KEY header)</source>
        <translation>API キー（X-API-KEY ヘッダー）</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer トークン（Authorization ヘッダー）</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>ティール</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>A red PRODUCTION marker shows in the toolbar, the title and every apply review while this profile is open.</source>
        <translation>このプロファイルを開いている間は、ツールバー、タイトル、適用前の確認画面のすべてに赤い「本番環境」マークが表示されます。</translation>
    </message>
    <message>
        <source>Read the default images once with these settings and this key</source>
        <translation>この設定とキーでデフォルトのイメージを一度読み込みます</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>色(&amp;L):</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>This key belongs to account %1, not %2: Harness will refuse it.</source>
        <translation>このキーはアカウント %1 のもので、%2 のものではありません。Harness は拒否します。</translation>
    </message>
    <message>
        <source>Filled in from the key.</source>
        <translation>キーから自動入力しました。</translation>
    </message>
    <message>
        <source>Saved in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>システムのキーチェーンに保存されています。そのままにするには空欄のままにし、置き換えるには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Kept in memory for this run only. Type a new key to replace it.</source>
        <translation>この実行中だけメモリに保持しています。置き換えるには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Paste a Harness API key (pat.… or sat.…). It is saved in the system keychain only.</source>
        <translation>Harness の API キー（pat.… または sat.…）を貼り付けてください。キーはシステムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>pat.… or sat.…</source>
        <translation>pat.… または sat.…</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>••••••••（保存済み）</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>接続をテストするには API キーを入力してください。</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>キーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: account %1 on %2 sent %n default image(s).</source>
        <translation>
            <numerusform>接続しました: %2 のアカウント %1 から %n 件のデフォルトのイメージを受信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile switcher and the window title show</source>
        <translation>プロファイルの切り替えとウィンドウのタイトルに表示される名前</translation>
    </message>
    <message>
        <source>The Harness cluster of the account; Custom URL for a vanity host or the Self-Managed Platform</source>
        <translation>アカウントの Harness クラスター。独自ドメインや Self-Managed Platform の場合は「カスタム URL」を選びます</translation>
    </message>
    <message>
        <source>The address of the Harness server; /gateway is added when missing</source>
        <translation>Harness サーバーのアドレス。/gateway がなければ付け加えます</translation>
    </message>
    <message>
        <source>A Harness API key or token; it is kept in the system keychain, never in a file</source>
        <translation>Harness の API キーまたはトークン。システムのキーチェーンに保存され、ファイルには決して書き込まれません</translation>
    </message>
    <message>
        <source>The Harness account ID, sent with every request</source>
        <translation>Harness のアカウント ID。すべてのリクエストとともに送信されます</translation>
    </message>
    <message>
        <source>How the key is sent: as an API key (the usual way), or as a Bearer token</source>
        <translation>キーの送信方法: API キーとして（通常）、または Bearer トークンとして</translation>
    </message>
    <message>
        <source>The colour of this profile&apos;s marker in the toolbar</source>
        <translation>ツールバーに表示されるこのプロファイルのマークの色</translation>
    </message>
    <message>
        <source>Cluste&amp;r:</source>
        <translation>クラスター(&amp;R):</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>アカウント ID(&amp;O):</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>認証方式(&amp;H):</translation>
    </message>
    <message>
        <source>Registry mirror for Harness images</source>
        <translation>Harness イメージのレジストリミラー</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub</source>
        <translation>Harness のイメージ (harness/*, plugins/*) のタグを Docker Hub ではなくこのレジストリで検索します。例: mirror.example.com または mirror.example.com:5000/dockerhub</translation>
    </message>
    <message>
        <source>A user name for a private mirror; leave empty when it needs none</source>
        <translation>プライベートミラーのユーザー名。不要な場合は空のままにします</translation>
    </message>
    <message>
        <source>Mirror password</source>
        <translation>ミラーのパスワード</translation>
    </message>
    <message>
        <source>The mirror&apos;s password or access token; it is kept in the system keychain, never in a file. Leave empty to keep the stored one.</source>
        <translation>ミラーのパスワードまたはアクセストークン。ファイルではなくシステムのキーチェーンに保存されます。保存済みのものを使い続けるには空のままにします。</translation>
    </message>
    <message>
        <source>Mirror pass&amp;word:</source>
        <translation>ミラーのパスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Registry mirror: %1</source>
        <translation>レジストリミラー: %1</translation>
    </message>
    <message>
        <source>Registr&amp;y mirror:</source>
        <translation>レジストリミラー(&amp;Y):</translation>
    </message>
    <message>
        <source>User &amp;for the mirror:</source>
        <translation>ミラーのユーザー(&amp;F):</translation>
    </message>
    <message>
        <source>Registry mirror sign-in…</source>
        <translation>レジストリミラーのサインイン…</translation>
    </message>
    <message>
        <source>A user name and password for a private mirror; leave it folded when the mirror needs none</source>
        <translation>プライベートミラー用のユーザー名とパスワード。ミラーで不要な場合は折りたたんだままにします</translation>
    </message>
</context>
<context>
    <name>hci::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Switch to another connection profile</source>
        <translation>別の接続プロファイルに切り替えます</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>プロファイルを選択…</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>本番環境 · %1</translation>
    </message>
    <message>
        <source>Production account on %1</source>
        <translation>%1 の本番アカウント</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1: a production account, changes here affect real pipelines.</source>
        <translation>%1: 本番アカウントです。ここでの変更は実際のパイプラインに影響します。</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>開いているアカウント: %1</translation>
    </message>
</context>
<context>
    <name>hci::RegistryClient</name>
    <message>
        <source>the next page is on %1</source>
        <translation>次のページは %1 にあります</translation>
    </message>
</context>
<context>
    <name>hci::RegistryError</name>
    <message>
        <source>The registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <source>This is not an image reference the registry can be asked about.</source>
        <translation>レジストリに問い合わせできるイメージ参照ではありません。</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate was not trusted.</source>
        <translation>%1 との安全な接続に失敗しました。証明書が信頼されていません。</translation>
    </message>
    <message>
        <source>%1 refused the lookup: the image is private, or the credentials for it are wrong.</source>
        <translation>%1 が照会を拒否しました。イメージが非公開か、その認証情報が誤っています。</translation>
    </message>
    <message>
        <source>%1 has no such image.</source>
        <translation>%1 にそのイメージはありません。</translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 がリクエストを制限しています。後で再試行してください。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 が HTTP ステータス %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 から読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>%1 sent more than the app reads.</source>
        <translation>%1 から、アプリが読み込む上限を超えるデータが送られてきました。</translation>
    </message>
    <message>
        <source>%1 sent the lookup elsewhere; it was not followed.</source>
        <translation>%1 が照会を別の場所へリダイレクトしました。リダイレクトには従っていません。</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>照会はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 was not asked: registry lookups stay on this computer (HARNESS_CI_IMAGES_OFFLINE is set).</source>
        <translation>%1 には問い合わせていません: レジストリの照会はこのコンピューター内に限られます (HARNESS_CI_IMAGES_OFFLINE が設定されています)。</translation>
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
        <translation>「%1」はレジストリのホストではありません。mirror.example.com のようなホストを指定してください。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>http:// はこのコンピューター宛てにのみ使用できます。https:// を使用してください。</translation>
    </message>
</context>
<context>
    <name>hci::SandboxLoader</name>
    <message>
        <source>The module %1 cannot be loaded: %2</source>
        <translation>モジュール %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The module %1 belongs to another version of the app; reinstall the app.</source>
        <translation>モジュール %1 は別のバージョンのアプリのものです。アプリを再インストールしてください。</translation>
    </message>
    <message>
        <source>The module %1 is not installed (looked in %2); reinstall the app.</source>
        <translation>モジュール %1 がインストールされていません（%2 を探しました）。アプリを再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>hci::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>127.0.0.1 で待ち受けできません。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: it may be in use.</source>
        <translation>127.0.0.1 のポート %1 で待ち受けできません。使用中の可能性があります。</translation>
    </message>
    <message>
        <source>The API key, the read-only key and the key without rights must differ.</source>
        <translation>API キー、読み取り専用キー、権限のないキーはそれぞれ異なる必要があります。</translation>
    </message>
</context>
<context>
    <name>hci::SecretStore</name>
    <message>
        <source>The API key could not be read from the keychain.</source>
        <translation>キーチェーンから API キーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain.</source>
        <translation>API キーをキーチェーンに保存できませんでした。</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain.</source>
        <translation>API キーをキーチェーンから削除できませんでした。</translation>
    </message>
    <message>
        <source>No API key is stored for this profile. Open Profiles…, enter the key and save.</source>
        <translation>このプロファイルには API キーが保存されていません。「プロファイル…」を開き、キーを入力して保存してください。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example in Passwords and Keys, or KWallet Manager) and try again.</source>
        <translation>キーチェーンがロックされているか、アクセスを拒否しました。ロックを解除して（「パスワードと鍵」や KWallet マネージャーなどで）再試行してください。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Try again, and allow Harness CI Images when the keychain asks.</source>
        <translation>キーチェーンへのアクセスが拒否されました。再試行し、キーチェーンから確認されたら Harness CI Images を許可してください。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Check that gnome-keyring or KWallet is running and unlocked and try again, or keep the key in memory for this run only.</source>
        <translation>キーチェーンがエラーを報告しました。gnome-keyring または KWallet が起動してロック解除されているか確認して再試行するか、この実行中だけキーをメモリに保持してください。</translation>
    </message>
    <message>
        <source>No keychain is running in this session. Start gnome-keyring (GNOME and most desktops) or KWallet (KDE) and try again; or keep the key in memory for this run only, or set HARNESS_API_KEY before starting the app.</source>
        <translation>このセッションではキーチェーンが動作していません。gnome-keyring（GNOME およびほとんどのデスクトップ）または KWallet（KDE）を起動して再試行するか、この実行中だけキーをメモリに保持するか、アプリの起動前に HARNESS_API_KEY を設定してください。</translation>
    </message>
</context>
<context>
    <name>hci::ServerQuirks</name>
    <message>
        <source>Harness lists %1 for %2, but refuses to change it there: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness は %2 に %1 を表示しますが、そこでの変更を拒否します: 更新やリセットは一般的なサーバーエラーで失敗し、そのリクエストの他の変更も保存されません。</translation>
    </message>
    <message>
        <source>Harness refuses to change %1 for %2: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness は %2 の %1 の変更を拒否します: 更新やリセットは一般的なサーバーエラーで失敗し、そのリクエストの他の変更も保存されません。</translation>
    </message>
</context>
<context>
    <name>hci::SinceLastLookPanel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sho&amp;w these rows</source>
        <translation>これらの行を表示(&amp;W)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Select the rows that changed in the table</source>
        <translation>表で変更された行を選択します</translation>
    </message>
    <message>
        <source>Hide this summary; it does not come back for the same change</source>
        <translation>この概要を非表示にします。同じ変更では再表示されません</translation>
    </message>
    <message>
        <source>Changed on the server since you last looked (%1):</source>
        <translation>前回の確認以降にサーバーで変更されました（%1）:</translation>
    </message>
    <message numerus="yes">
        <source>Harness changed %n default(s):</source>
        <translation>
            <numerusform>Harness が %n 件のデフォルトを変更しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>  • %1: %2 → %3</source>
        <translation>  • %1: %2 → %3</translation>
    </message>
    <message>
        <source> (your override %1 is no longer supported)</source>
        <translation> （オーバーライド %1 はサポートされなくなりました）</translation>
    </message>
    <message>
        <source> (your override %1 is now behind)</source>
        <translation> （オーバーライド %1 は古くなりました）</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) changed outside this app:</source>
        <translation>
            <numerusform>%n 件のオーバーライドがこのアプリの外部で変更されました:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::TagCompleter</name>
    <message>
        <source>Tags of the image</source>
        <translation>イメージのタグ</translation>
    </message>
    <message>
        <source>Looking up the tags of %1…</source>
        <translation>%1 のタグを照会しています…</translation>
    </message>
    <message>
        <source>%1 has no tag &quot;%2&quot; in its registry; the apply will ask you to confirm it.</source>
        <translation>%1 のレジストリにタグ「%2」はありません。適用時に確認を求めます。</translation>
    </message>
    <message>
        <source>It is older than the default, %1.</source>
        <translation>デフォルトの %1 より古いタグです。</translation>
    </message>
    <message>
        <source>No tag list: tags are not looked up here</source>
        <translation>タグ一覧なし: ここではタグを検索しません</translation>
    </message>
    <message>
        <source>Type a tag or a full reference.</source>
        <translation>タグまたは完全な参照を入力してください。</translation>
    </message>
    <message>
        <source>No tag list yet: still looking</source>
        <translation>タグ一覧はまだありません: 検索中</translation>
    </message>
    <message>
        <source>No tag list: registry out of reach</source>
        <translation>タグ一覧なし: レジストリに接続できません</translation>
    </message>
    <message>
        <source>The registry of %1 could not be reached: %2 Type a tag; it is still accepted.</source>
        <translation>%1 のレジストリに接続できませんでした: %2 タグを入力してください。入力したタグは受け付けられます。</translation>
    </message>
    <message>
        <source>No tag list: the registry has no tags</source>
        <translation>タグ一覧なし: レジストリにタグがありません</translation>
    </message>
    <message>
        <source>The registry lists no tags for %1.</source>
        <translation>レジストリに %1 のタグがありません。</translation>
    </message>
    <message>
        <source>Tags unknown. A typed tag is still accepted.</source>
        <translation>タグは不明です。入力したタグは受け付けられます。</translation>
    </message>
    <message>
        <source>The tags of %1 could not be looked up: %2</source>
        <translation>%1 のタグを検索できませんでした: %2</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>Harness のデフォルト（%1）より新しいバージョンです。</translation>
    </message>
</context>
<context>
    <name>hci::TagTexts</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>newest release</source>
        <translation>最新リリース</translation>
    </message>
    <message>
        <source>supported (latest-1)</source>
        <translation>サポート対象（最新−1）</translation>
    </message>
    <message>
        <source>supported (latest-2)</source>
        <translation>サポート対象（最新−2）</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>supported (latest)</source>
        <translation>サポート対象（最新）</translation>
    </message>
    <message>
        <source>outside the supported window</source>
        <translation>サポート範囲外</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
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
            <numerusform>%1 は Harness の現在のリリース %2 より %n リリース古いです: Harness がサポートするのはアドオンと Lite Engine の最新 3 リリース（%3）で、それより古いものには Harness で警告が表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A newer release exists: %1 (%2 is %n release(s) behind it). This image is updated as needed; no support window applies.</source>
        <translation>
            <numerusform>新しいリリースがあります: %1（%2 は %n リリース古い）。このイメージは必要に応じて更新され、サポート期間はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of default</source>
        <translation>デフォルトより新しい</translation>
    </message>
</context>
<context>
    <name>hci::WelcomePanel</name>
    <message>
        <source>See and change the images Harness CI runs your pipelines with</source>
        <translation>Harness CI がパイプラインの実行に使うイメージを確認・変更</translation>
    </message>
    <message>
        <source>Harness&apos;s default images and your account&apos;s overrides, side by side. Edit a cell to queue a change, review it, and apply it with one click.</source>
        <translation>Harness のデフォルトのイメージとアカウントのオーバーライドを並べて表示します。セルを編集して変更を保留し、確認してワンクリックで適用します。</translation>
    </message>
    <message>
        <source>&amp;Connect to Harness…</source>
        <translation>Harness に接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a Harness account with its URL and an API key</source>
        <translation>URL と API キーを使って Harness アカウントを開きます</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>サンドボックスを試す(&amp;T)</translation>
    </message>
    <message>
        <source>Start a Harness-compatible server inside the app, with the documented default images, and open it. Nothing leaves this computer.</source>
        <translation>ドキュメントに記載されたデフォルトのイメージを備えた Harness 互換のサーバーをアプリ内で起動して開きます。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
</context>
<context>
    <name>hci::cli::CommandLine</name>
    <message>
        <source>Show every field with its default, override and state.</source>
        <translation>すべてのフィールドをデフォルト、オーバーライド、状態とともに表示します。</translation>
    </message>
    <message>
        <source>Shows every image field of the module and infrastructure: Harness&apos;s default, the account&apos;s override and the field&apos;s state.</source>
        <translation>モジュールとインフラストラクチャのすべてのイメージフィールドを表示します: Harness のデフォルト、アカウントのオーバーライド、フィールドの状態。</translation>
    </message>
    <message>
        <source>Show the overridden fields only.</source>
        <translation>オーバーライドされたフィールドのみを表示します。</translation>
    </message>
    <message>
        <source>Shows the fields whose image the account overrides, with the default beside the override.</source>
        <translation>アカウントがイメージをオーバーライドしているフィールドを、オーバーライドとデフォルトを並べて表示します。</translation>
    </message>
    <message>
        <source>Override fields with other images.</source>
        <translation>フィールドを別のイメージでオーバーライドします。</translation>
    </message>
    <message>
        <source>Overrides each FIELD with the image VALUE: a whole reference (registry/path:tag), or a bare tag, which keeps the repository of the default image. The changes go out in one update, after a check that nobody changed the fields since they were read, and are read back to confirm them.</source>
        <translation>各 FIELD をイメージ VALUE でオーバーライドします。VALUE は完全な参照（registry/path:tag）か、デフォルトイメージのリポジトリをそのまま使うタグのみです。読み込み後に誰もフィールドを変更していないことを確認したうえで、変更を 1 回の更新で送信し、読み戻して確認します。</translation>
    </message>
    <message>
        <source>Reset fields to Harness&apos;s defaults.</source>
        <translation>フィールドを Harness のデフォルトにリセットします。</translation>
    </message>
    <message>
        <source>Removes the overrides of the named fields, or of every field with --all, so that Harness&apos;s defaults apply again. The resets go out in one request and are read back to confirm them.</source>
        <translation>指定したフィールド（--all ではすべてのフィールド）のオーバーライドを削除し、Harness のデフォルトが再び適用されるようにします。リセットは 1 回のリクエストで送信され、読み戻して確認します。</translation>
    </message>
    <message>
        <source>Write the overrides to a file that apply reads.</source>
        <translation>apply で読み込めるファイルにオーバーライドを書き出します。</translation>
    </message>
    <message>
        <source>Writes the overrides of the module and infrastructure, or with --all of every module and infrastructure, as JSON (format harness-ci-images.overrides/1), or with --format terraform as harness_platform_default_images resources for Harness&apos;s Terraform provider. The file never holds a key.</source>
        <translation>モジュールとインフラストラクチャ（--all ではすべてのモジュールとインフラストラクチャ）のオーバーライドを JSON（形式 harness-ci-images.overrides/1）で書き出します。--format terraform では、Harness の Terraform プロバイダー用の harness_platform_default_images リソースとして書き出します。ファイルにキーが含まれることはありません。</translation>
    </message>
    <message>
        <source>Make the overrides equal to those in an exported file.</source>
        <translation>オーバーライドをエクスポートしたファイルの内容と同じにします。</translation>
    </message>
    <message>
        <source>Makes the overrides of every module and infrastructure in FILE (&quot;-&quot; for standard input) equal to the file&apos;s: fields it overrides are updated, other overrides are reset. The plan is printed first. When the file names a field that the account does not have, nothing is sent.</source>
        <translation>FILE（&quot;-&quot; で標準入力）にあるすべてのモジュールとインフラストラクチャのオーバーライドを、ファイルの内容と同じにします: ファイルがオーバーライドするフィールドは更新され、それ以外のオーバーライドはリセットされます。最初にプランを出力します。アカウントにないフィールドがファイルに含まれている場合は、何も送信しません。</translation>
    </message>
    <message>
        <source>Point fields at a private mirror of their images.</source>
        <translation>フィールドをイメージのプライベートミラーに向けます。</translation>
    </message>
    <message>
        <source>Overrides each FIELD (every field when none is named) with its image under PREFIX, a registry host with an optional path (for example artifactory.example.com/harness-mirror): the repository path, tag and digest stay. The plan shows whether the mirror holds each image already. --copy-list FILE writes one &quot;SOURCE TARGET&quot; line per image to FILE and a script of skopeo copy commands to FILE.sh. The overrides are then applied like set.</source>
        <translation>各 FIELD（指定がなければすべてのフィールド）を、PREFIX（レジストリのホストと任意のパス。例: artifactory.example.com/harness-mirror）配下のイメージでオーバーライドします。リポジトリのパス、タグ、ダイジェストはそのままです。プランには、各イメージがすでにミラーにあるかどうかが表示されます。--copy-list FILE は、イメージごとに 1 行の &quot;SOURCE TARGET&quot; を FILE に、skopeo copy コマンドのスクリプトを FILE.sh に書き出します。その後、オーバーライドは set と同様に適用されます。</translation>
    </message>
    <message>
        <source>List the applies made from the window and from this tool.</source>
        <translation>ウィンドウとこのツールから行った適用を一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the applies recorded on this computer, newest first, by the window and by this tool: when, from where, the profile, the module and infrastructure, the changes and how many the server confirmed. Shows those of the account named by --profile, --base-url or --sandbox (and of --module and --infra when given), or with --all every one. Nothing is sent to a server.</source>
        <translation>ウィンドウとこのツールによってこのコンピューターに記録された適用を、新しい順に一覧表示します: 日時、実行元、プロファイル、モジュールとインフラストラクチャ、変更内容、サーバーが確認した件数。--profile、--base-url、--sandbox で指定したアカウント（指定があれば --module と --infra も）の適用を表示し、--all ではすべてを表示します。サーバーには何も送信しません。</translation>
    </message>
    <message>
        <source>Undo an apply from the history.</source>
        <translation>履歴にある適用を元に戻します。</translation>
    </message>
    <message>
        <source>Sets back what the apply ID (see &quot;history&quot;) changed and the server confirmed: the earlier override, or the default where there was none. Connect to the account of that apply. Fields changed on the server since that apply are named, then set back as asked, as &quot;set&quot; does.</source>
        <translation>適用 ID（&quot;history&quot; を参照）で変更され、サーバーが確認した内容を元に戻します: 以前のオーバーライドに、オーバーライドがなかった場合はデフォルトに戻します。その適用のアカウントに接続してください。その適用以降にサーバーで変更されたフィールドは表示したうえで、&quot;set&quot; と同様に指定どおり元に戻します。</translation>
    </message>
    <message>
        <source>Connect with a saved profile; its key comes from the keychain.</source>
        <translation>保存済みのプロファイルで接続します。キーはキーチェーンから取得します。</translation>
    </message>
    <message>
        <source>Connect to this Harness URL with the key in HARNESS_API_KEY.</source>
        <translation>HARNESS_API_KEY のキーでこの Harness URL に接続します。</translation>
    </message>
    <message>
        <source>The account ID for --base-url (default: the one the key names).</source>
        <translation>--base-url 用のアカウント ID（デフォルト: キーが示すアカウント）。</translation>
    </message>
    <message>
        <source>Send the key of --base-url as a Bearer token.</source>
        <translation>--base-url のキーを Bearer トークンとして送信します。</translation>
    </message>
    <message>
        <source>Connect to a sandbox inside this run, with a few demo overrides: for trying the commands. Nothing is kept.</source>
        <translation>この実行内のサンドボックス（デモ用のオーバーライドをいくつか含む）に接続します。コマンドを試すためのもので、何も保存されません。</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci、iacm、idp のいずれか（デフォルト: ci）。</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 または VM（デフォルト: K8）。</translation>
    </message>
    <message>
        <source>Print no progress; data, warnings and errors only.</source>
        <translation>進行状況を出力せず、データ、警告、エラーのみを出力します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>表の代わりに JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>Print the plan and the requests as cURL commands (the key as $HARNESS_API_KEY); send no change.</source>
        <translation>プランとリクエストを cURL コマンドとして出力し（キーは $HARNESS_API_KEY）、変更は送信しません。</translation>
    </message>
    <message>
        <source>Exit with status 1 when any field is overridden.</source>
        <translation>オーバーライドされたフィールドがあればステータス 1 で終了します。</translation>
    </message>
    <message>
        <source>Reset every overridden field.</source>
        <translation>オーバーライドされたすべてのフィールドをリセットします。</translation>
    </message>
    <message>
        <source>Export every module and infrastructure.</source>
        <translation>すべてのモジュールとインフラストラクチャをエクスポートします。</translation>
    </message>
    <message>
        <source>The file format: json or terraform.</source>
        <translation>ファイル形式: json または terraform。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>標準出力の代わりに FILE に書き出します。</translation>
    </message>
    <message>
        <source>With --dry-run: exit with status 1 when the plan is not empty.</source>
        <translation>--dry-run と併用: プランが空でなければステータス 1 で終了します。</translation>
    </message>
    <message>
        <source>Write the copy list to FILE and its skopeo script to FILE.sh.</source>
        <translation>コピーリストを FILE に、その skopeo スクリプトを FILE.sh に書き出します。</translation>
    </message>
    <message>
        <source>Print a JSON array of the applies, each with its id.</source>
        <translation>適用の JSON 配列を、それぞれの id 付きで出力します。</translation>
    </message>
    <message>
        <source>Show the newest N applies (default: 50).</source>
        <translation>最新の N 件の適用を表示します（デフォルト: 50）。</translation>
    </message>
    <message>
        <source>Show the applies of every profile and account.</source>
        <translation>すべてのプロファイルとアカウントの適用を表示します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>See and change the container images Harness CI runs pipelines with, from a terminal or a pipeline.</source>
        <translation>Harness CI がパイプラインの実行に使うコンテナイメージを、ターミナルやパイプラインから確認・変更します。</translation>
    </message>
    <message>
        <source>Connect with --profile, --base-url or --sandbox. &quot;%1 COMMAND --help&quot; tells more about a command.</source>
        <translation>--profile、--base-url、--sandbox のいずれかで接続します。コマンドの詳細は &quot;%1 COMMAND --help&quot; で確認できます。</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>上記のコマンドのいずれか。</translation>
    </message>
    <message>
        <source>See &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; を参照してください。</translation>
    </message>
    <message>
        <source>--all shows every profile and account; leave out --profile, --base-url and --sandbox.</source>
        <translation>--all はすべてのプロファイルとアカウントを表示します。--profile、--base-url、--sandbox は指定しないでください。</translation>
    </message>
    <message>
        <source>Say whose applies to show: --profile NAME, --base-url URL, --sandbox, or --all for every one.</source>
        <translation>表示する適用の対象を指定してください: --profile NAME、--base-url URL、--sandbox、またはすべてなら --all。</translation>
    </message>
    <message>
        <source>Choose one of --profile, --base-url and --sandbox.</source>
        <translation>--profile、--base-url、--sandbox のいずれか 1 つを選んでください。</translation>
    </message>
    <message>
        <source>Say where to connect: --profile NAME, --base-url URL (with the key in HARNESS_API_KEY) or --sandbox.</source>
        <translation>接続先を指定してください: --profile NAME、--base-url URL（キーは HARNESS_API_KEY）、または --sandbox。</translation>
    </message>
    <message>
        <source>--account and --bearer go with --base-url only.</source>
        <translation>--account と --bearer は --base-url とのみ併用できます。</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile.</source>
        <translation>--profile には保存済みプロファイルの名前が必要です。</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>不明なモジュール「%1」: ci、iacm、idp のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>不明なインフラストラクチャ「%1」: K8 または VM を使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>&quot;%1&quot; は引数を取りません。</translation>
    </message>
    <message>
        <source>Name at least one FIELD=VALUE to set.</source>
        <translation>設定する FIELD=VALUE を少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>「%1」は FIELD=VALUE の形式ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value; to go back to the default, use &quot;reset %2&quot;.</source>
        <translation>「%1」に値がありません。デフォルトに戻すには &quot;reset %2&quot; を使用してください。</translation>
    </message>
    <message>
        <source>Name the fields to reset, or give --all, not both.</source>
        <translation>リセットするフィールドを指定するか、--all を指定してください（両方は不可）。</translation>
    </message>
    <message>
        <source>&quot;export&quot; takes no arguments; -o FILE names the file.</source>
        <translation>&quot;export&quot; は引数を取りません。ファイルは -o FILE で指定します。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use json or terraform.</source>
        <translation>不明な形式「%1」: json または terraform を使用してください。</translation>
    </message>
    <message>
        <source>This version cannot export as %1 yet: use --format json.</source>
        <translation>このバージョンはまだ %1 でエクスポートできません: --format json を使用してください。</translation>
    </message>
    <message>
        <source>-o needs the name of a file.</source>
        <translation>-o にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>Name one file to apply (&quot;-&quot; for standard input).</source>
        <translation>適用するファイルを 1 つ指定してください（標準入力は &quot;-&quot;）。</translation>
    </message>
    <message>
        <source>--exit-code goes with --dry-run: it tells whether the plan is empty.</source>
        <translation>--exit-code は --dry-run と併用します: プランが空かどうかを示します。</translation>
    </message>
    <message>
        <source>Name the mirror&apos;s PREFIX, for example artifactory.example.com/harness-mirror.</source>
        <translation>ミラーの PREFIX を指定してください（例: artifactory.example.com/harness-mirror）。</translation>
    </message>
    <message>
        <source>--copy-list needs the name of a file.</source>
        <translation>--copy-list にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>&quot;history&quot; takes no arguments.</source>
        <translation>&quot;history&quot; は引数を取りません。</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit には「%1」ではなく、0 より大きい整数が必要です。</translation>
    </message>
    <message>
        <source>Name the ID of one apply to revert (&quot;history&quot; lists them).</source>
        <translation>元に戻す適用の ID を 1 つ指定してください（&quot;history&quot; で一覧表示されます）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ID of an apply: &quot;history&quot; lists them.</source>
        <translation>「%1」は適用の ID ではありません: &quot;history&quot; で一覧表示されます。</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>コマンドを指定してください: %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation>不明なコマンド「%1」。コマンド: %2。</translation>
    </message>
</context>
<context>
    <name>hci::cli::ConnectionOpener</name>
    <message>
        <source>Several profiles are named &quot;%1&quot;; rename one in the app, or give the profile&apos;s ID.</source>
        <translation>「%1」という名前のプロファイルが複数あります。アプリでどれかの名前を変更するか、プロファイルの ID を指定してください。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;: no profile is saved yet. Add one in the app&apos;s profile dialog, or use --base-url with HARNESS_API_KEY.</source>
        <translation>プロファイル「%1」はありません: まだプロファイルが保存されていません。アプリのプロファイルダイアログで追加するか、HARNESS_API_KEY とともに --base-url を使用してください。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. The saved profiles are: %2.</source>
        <translation>プロファイル「%1」はありません。保存済みのプロファイル: %2。</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1（%3 のアカウント %2）</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>プロファイル「%1」は使用できません: %2</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be read. %2</source>
        <translation>「%1」のキーを読み取れませんでした。%2</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>--base-url で使用する API キーを HARNESS_API_KEY に設定してください。</translation>
    </message>
    <message>
        <source>Give --account: the key in HARNESS_API_KEY does not name one.</source>
        <translation>--account を指定してください: HARNESS_API_KEY のキーにはアカウントが含まれていません。</translation>
    </message>
    <message>
        <source>account %1 on %2</source>
        <translation>%2 のアカウント %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>a sandbox in this run (account %1 on %2; nothing is kept)</source>
        <translation>この実行内のサンドボックス（%2 のアカウント %1。何も保存されません）</translation>
    </message>
</context>
<context>
    <name>hci::cli::Console</name>
    <message>
        <source>rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness がビジー状態です（%1）。%n 秒後に再試行します…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::HistoryListing</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1、失敗</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (or several are named so). The window&apos;s profile dialog lists them; --all shows every apply.</source>
        <translation>プロファイル「%1」はありません（または同じ名前のものが複数あります）。ウィンドウのプロファイルダイアログで一覧を確認できます。--all ではすべての適用を表示します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>実行元</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>確認済み</translation>
    </message>
</context>
<context>
    <name>hci::cli::Listing</name>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>オーバーライド済み</translation>
    </message>
    <message>
        <source>same as default</source>
        <translation>デフォルトと同じ</translation>
    </message>
    <message>
        <source>behind the default</source>
        <translation>デフォルトより古い</translation>
    </message>
    <message>
        <source>ahead of the default</source>
        <translation>デフォルトより新しい</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>override only</source>
        <translation>オーバーライドのみ</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>reset queued</source>
        <translation>リセット保留中</translation>
    </message>
    <message>
        <source>unsupported release</source>
        <translation>サポート外のリリース</translation>
    </message>
    <message>
        <source>default (empty override stored)</source>
        <translation>デフォルト（空のオーバーライドを保存済み）</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>オーバーライド</translation>
    </message>
</context>
<context>
    <name>hci::cli::MirrorCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Asking %1 which images it holds already…</source>
        <translation>%1 にすでにあるイメージを問い合わせています…</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>IN MIRROR</source>
        <translation>ミラー内</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no, copy it first</source>
        <translation>いいえ、先にコピーしてください</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the copy list of %n image(s) to %1 and its skopeo script to %2.</source>
        <translation>
            <numerusform>%n 個のイメージのコピーリストを %1 に、その skopeo スクリプトを %2 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>ミラーに向けるフィールドがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before pipelines use the overrides.</source>
        <translation>
            <numerusform>%n 個のイメージがまだミラーにありません: パイプラインがオーバーライドを使用する前にコピーしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::PlanApplier</name>
    <message>
        <source>%1 changed on the server since it was read (now %2); it is set as asked.</source>
        <translation>%1 は読み込み後にサーバー上で変更されました（現在は %2）。指定どおりに設定します。</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>デフォルト</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n 件の更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>%n 件のリセット</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sending %2…</source>
        <translation>%1: %2 を送信中…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied and confirmed.</source>
        <translation>
            <numerusform>%1: %n 件の変更を適用し、確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: Harness refused the changes without saying which field it did not accept (HTTP %2). Sending the %n field(s) one at a time to find out…</source>
        <translation>
            <numerusform>%1: Harness は、どのフィールドを受け付けなかったかを示さずに変更を拒否しました（HTTP %2）。特定するため、%n 個のフィールドを 1 つずつ送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not confirmed: %2</source>
        <translation>%1: 未確認: %2</translation>
    </message>
    <message>
        <source>%1: Harness refused %2: %3</source>
        <translation>%1: Harness が %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>  Correlation ID: %1</source>
        <translation>  相関 ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the other %n change(s) were applied and confirmed.</source>
        <translation>
            <numerusform>%1: 残りの %n 件の変更は適用され、確認されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied and confirmed before: %1</source>
        <translation>先に適用・確認済み: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
</context>
<context>
    <name>hci::cli::Planner</name>
    <message>
        <source>%1: there is no field &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>%1: フィールド「%2」はありません。「%3」のことですか？</translation>
    </message>
    <message>
        <source>%1: there is no field &quot;%2&quot; (&quot;list&quot; shows the fields).</source>
        <translation>%1: フィールド「%2」はありません（&quot;list&quot; でフィールドを表示できます）。</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 はすでに %2 です。</translation>
    </message>
    <message>
        <source>No field is overridden.</source>
        <translation>オーバーライドされたフィールドはありません。</translation>
    </message>
    <message>
        <source>%1 is not overridden: it has the default already.</source>
        <translation>%1 はオーバーライドされていません: すでにデフォルトです。</translation>
    </message>
    <message>
        <source>%1: no changes</source>
        <translation>%1: 変更なし</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>no override</source>
        <translation>オーバーライドなし</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>デフォルトの %1</translation>
    </message>
</context>
<context>
    <name>hci::cli::RevertPlanner</name>
    <message>
        <source>Apply %1 has no change that the server confirmed: there is nothing to revert.</source>
        <translation>適用 %1 にはサーバーが確認した変更がありません: 元に戻すものはありません。</translation>
    </message>
    <message>
        <source>%1 has the default already.</source>
        <translation>%1 はすでにデフォルトです。</translation>
    </message>
    <message>
        <source>%1: the server no longer lists this field, so %2 cannot be set back.</source>
        <translation>%1: サーバーにこのフィールドがなくなったため、%2 を元に戻せません。</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 はすでに %2 です。</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>%1 changed on the server since apply %2 (now %3); the revert sets it back as asked.</source>
        <translation>%1 は適用 %2 以降にサーバー上で変更されました（現在は %3）。指定どおりに元に戻します。</translation>
    </message>
</context>
<context>
    <name>hci::cli::ScopeLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
</context>
<context>
    <name>hci::cli::Tool</name>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>PRODUCTION: %1</source>
        <translation>本番環境: %1</translation>
    </message>
    <message>
        <source>Could not read %1; nothing was changed.</source>
        <translation>%1 を読み込めませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>ドライラン: 何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>No field is overridden on %1: every image is Harness&apos;s default.</source>
        <translation>%1 でオーバーライドされたフィールドはありません: すべてのイメージが Harness のデフォルトです。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s).</source>
        <translation>
            <numerusform>%n 件のオーバーライドをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>%1 cannot be applied:</source>
        <translation>%1 は適用できません:</translation>
    </message>
    <message>
        <source>No apply of this account is recorded on this computer.</source>
        <translation>このコンピューターには、このアカウントの適用の記録がありません。</translation>
    </message>
    <message>
        <source>No apply is recorded on this computer.</source>
        <translation>このコンピューターには適用の記録がありません。</translation>
    </message>
    <message>
        <source>&quot;revert ID&quot; undoes an apply; --json shows each field before and after.</source>
        <translation>&quot;revert ID&quot; で適用を元に戻せます。--json では各フィールドの変更前と変更後を表示します。</translation>
    </message>
    <message>
        <source>There is no apply %1 in the history on this computer (&quot;history&quot; lists them).</source>
        <translation>このコンピューターの履歴に適用 %1 はありません（&quot;history&quot; で一覧表示されます）。</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2, and its revert goes there too: leave out --module and --infra.</source>
        <translation>適用 %1 は %2 で行われたため、元に戻す操作も同じ場所に送られます: --module と --infra は指定しないでください。</translation>
    </message>
    <message>
        <source>Apply %1 was made on account %2 (%3), but this connection is to account %4. Connect to the account of the apply to revert it; nothing was sent.</source>
        <translation>適用 %1 はアカウント %2（%3）で行われましたが、この接続はアカウント %4 に対するものです。元に戻すには、その適用のアカウントに接続してください。何も送信されていません。</translation>
    </message>
    <message>
        <source>Reverting apply %1 of %2.</source>
        <translation>%2 の適用 %1 を元に戻しています。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and change the container images Harness CI runs pipelines with.</source>
        <translation>Harness CI がパイプラインの実行に使うコンテナイメージを確認・変更します。</translation>
    </message>
    <message>
        <source>Open the built-in sandbox server.</source>
        <translation>内蔵のサンドボックスサーバーを開きます。</translation>
    </message>
    <message>
        <source>Open this Harness URL, with the key from HARNESS_API_KEY; nothing is saved.</source>
        <translation>HARNESS_API_KEY のキーを使ってこの Harness の URL を開きます。何も保存されません。</translation>
    </message>
    <message>
        <source>The account ID (default: from the key).</source>
        <translation>アカウント ID（デフォルト: キーから取得）。</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci、iacm、idp のいずれか（デフォルト: ci）。</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 または VM（デフォルト: K8）。</translation>
    </message>
    <message>
        <source>Send the key as a Bearer token.</source>
        <translation>キーを Bearer トークンとして送信します。</translation>
    </message>
    <message>
        <source>Quit once the table shows the loaded data: status 0, or 1 with the error.</source>
        <translation>読み込んだデータが表に表示されたら終了します。終了ステータスは 0、またはエラーとともに 1。</translation>
    </message>
    <message>
        <source>light, dark or system colours for this run (default: as chosen in Settings, else system).</source>
        <translation>この実行での配色: light、dark、system（デフォルト: 設定での選択、なければ system）。</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub.</source>
        <translation>Harness のイメージ（harness/*、plugins/*）のタグを Docker Hub ではなくこのレジストリで照会します。例: mirror.example.com、mirror.example.com:5000/dockerhub。</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>不明なモジュール「%1」です。ci、iacm、idp のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>不明なインフラストラクチャ「%1」です。K8 または VM を使用してください。</translation>
    </message>
    <message>
        <source>--registry-mirror: %1</source>
        <translation>--registry-mirror: %1</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.</source>
        <translation>不明な配色「%1」です。light、dark、system のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>--base-url で使用する API キーを HARNESS_API_KEY に設定してください。</translation>
    </message>
    <message>
        <source>Give --account: the key does not name one.</source>
        <translation>--account を指定してください。キーにアカウントが含まれていません。</translation>
    </message>
    <message>
        <source>--exit-after-load needs --sandbox or --base-url.</source>
        <translation>--exit-after-load には --sandbox または --base-url が必要です。</translation>
    </message>
    <message>
        <source>Harness CI Images</source>
        <translation>Harness CI Images</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>%2 のアカウント %1</translation>
    </message>
</context>
</TS>
