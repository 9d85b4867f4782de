<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hci</name>
    <message>
        <source>The answer is empty.</source>
        <translation>响应为空。</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1 at offset %2.</source>
        <translation>响应不是 JSON：位置 %2 处 %1。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;name&quot; is not a string.</source>
        <translation>&quot;name&quot; 不是字符串。</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list.</source>
        <translation>&quot;tags&quot; 不是列表。</translation>
    </message>
    <message>
        <source>&quot;tags&quot; holds something other than tag names.</source>
        <translation>&quot;tags&quot; 中包含标签名以外的内容。</translation>
    </message>
    <message>
        <source>The answer holds no usable token.</source>
        <translation>响应中没有可用的令牌。</translation>
    </message>
</context>
<context>
    <name>hci::AccountMemory</name>
    <message>
        <source>&amp;History of Applies…</source>
        <translation>应用历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every apply made here: what changed, from what to what, and revert</source>
        <translation>在此进行的每次应用：更改了什么、从何值改为何值，以及回滚</translation>
    </message>
    <message>
        <source>%1 (account %2, %3 on %4)</source>
        <translation>%1（账户 %2，%4 上的 %3）</translation>
    </message>
    <message>
        <source>Edits that were not applied are kept for %1. Open that profile and scope to get them back.</source>
        <translation>未应用的编辑已为 %1 保留。打开该配置文件和范围即可找回。</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2 (account %3, %4 on %5). Open that profile and scope to revert it.</source>
        <translation>应用 %1 是在 %2 上进行的（账户 %3，%5 上的 %4）。打开该配置文件和范围即可回滚。</translation>
    </message>
    <message>
        <source>Apply %1 changed nothing that the server confirmed: there is nothing to revert.</source>
        <translation>应用 %1 没有经服务器确认的更改：没有可回滚的内容。</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued: review it, then apply.</source>
        <translation>应用 %1 的回滚已加入待应用队列：请先检查，然后应用。</translation>
    </message>
    <message>
        <source>The revert of apply %1 is queued. Since that apply, %2 changed on the server: the revert would overwrite it. Review before you apply.</source>
        <translation>应用 %1 的回滚已加入待应用队列。自该次应用以来，服务器上的 %2 已更改：回滚将覆盖它。请在应用前检查。</translation>
    </message>
</context>
<context>
    <name>hci::AccountSession</name>
    <message>
        <source>Not confirmed: %1</source>
        <translation>未确认：%1</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒内未收到完整响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection changed while the operation ran, so nothing more was sent to either account.</source>
        <translation>操作运行期间连接发生了变化，因此未再向任一账户发送任何内容。</translation>
    </message>
</context>
<context>
    <name>hci::ApiError</name>
    <message>
        <source>%1 (Harness said: “%2”)</source>
        <translation>%1（Harness 返回：“%2”）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Harness could not tell which account this is: check the account ID of the profile.</source>
        <translation>Harness 无法识别该账户：请检查配置文件中的账户 ID。</translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, expired or revoked, or belongs to another account; create a new key in Harness and update the profile.</source>
        <translation>API 密钥被拒绝：密钥错误、已过期、已被吊销或属于其他账户；请在 Harness 中创建新密钥并更新配置文件。</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing; check the values and try again.</source>
        <translation>Harness 拒绝了该请求，未做任何更改；请检查这些值后重试。</translation>
    </message>
    <message>
        <source>Harness refused the request and changed nothing: %1</source>
        <translation>Harness 拒绝了该请求，未做任何更改：%1</translation>
    </message>
    <message>
        <source>This server does not offer the execution-config API; check the server address and that the module is enabled for the account.</source>
        <translation>此服务器不提供 execution-config API；请检查服务器地址，并确认该账户已启用此模块。</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support.</source>
        <translation>Harness 发生内部错误；请稍后重试，如果问题持续存在，请联系 Harness 支持。</translation>
    </message>
    <message>
        <source>Harness had an internal error; try again later, and if it persists, contact Harness Support with the correlation ID %1.</source>
        <translation>Harness 发生内部错误；请稍后重试，如果问题持续存在，请提供关联 ID %1 联系 Harness 支持。</translation>
    </message>
    <message>
        <source>Harness answered with the error %1.</source>
        <translation>Harness 返回了错误 %1。</translation>
    </message>
    <message>
        <source>Harness answered with the error %1: %2</source>
        <translation>Harness 返回了错误 %1：%2</translation>
    </message>
    <message>
        <source>The server has no such page (HTTP 404); check the server address.</source>
        <translation>服务器上没有此页面（HTTP 404）；请检查服务器地址。</translation>
    </message>
    <message>
        <source>A gateway in front of Harness failed (HTTP %1); Harness may be down or being updated, try again in a few minutes.</source>
        <translation>Harness 前面的网关出错（HTTP %1）；Harness 可能已停机或正在更新，请几分钟后重试。</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1 and no Harness message; check the server address, or try again later.</source>
        <translation>服务器返回 HTTP %1，但没有 Harness 消息；请检查服务器地址，或稍后重试。</translation>
    </message>
    <message>
        <source>The request could not be made; check the connection settings.</source>
        <translation>无法发出请求；请检查连接设置。</translation>
    </message>
    <message>
        <source>The request could not be made: %1</source>
        <translation>无法发出请求：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off; try again, and check the network or a proxy in between if it keeps happening.</source>
        <translation>服务器的响应被截断；请重试，如果反复出现，请检查网络或中间的代理。</translation>
    </message>
    <message>
        <source>The server could not be reached; check the network connection and the server address, then try again.</source>
        <translation>无法连接服务器；请检查网络连接和服务器地址，然后重试。</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>服务器未及时响应；请重试，如果反复出现，请检查网络或 Harness 的状态页面。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed, so nothing was sent; the certificate is not trusted, or something is intercepting the connection.</source>
        <translation>与服务器的安全连接失败，因此未发送任何内容；证书不受信任，或有程序在拦截连接。</translation>
    </message>
    <message>
        <source>Harness stayed unavailable after several tries; wait a few minutes and try again.</source>
        <translation>多次尝试后 Harness 仍不可用；请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>Harness is limiting how many requests this key may make and still was after several tries; wait a minute and try again.</source>
        <translation>Harness 正在限制此密钥的请求数，多次尝试后仍未解除；请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; check that the address points to a Harness gateway.</source>
        <translation>服务器的响应不是 JSON；请检查该地址是否指向 Harness 网关。</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not have the expected form, so nothing was shown; the server may be a different version, or not Harness.</source>
        <translation>服务器的响应格式不符合预期，因此未显示任何内容；服务器可能是其他版本，或者不是 Harness。</translation>
    </message>
    <message>
        <source>The server sent an empty answer; try again.</source>
        <translation>服务器返回了空响应；请重试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any Harness answer and was not read; check the server address.</source>
        <translation>服务器的响应远大于任何 Harness 响应，因此未读取；请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere; it was not followed, so that the API key stays with this server: check the server address.</source>
        <translation>服务器将请求重定向到了别处；为使 API 密钥只留在此服务器，未跟随重定向：请检查服务器地址。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Harness accepted the changes, but reading them back shows that some did not take; they are still queued, try again.</source>
        <translation>Harness 接受了更改，但读回后发现部分未生效；它们仍在待应用队列中，请重试。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>关联 ID：%1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>此 API 密钥无权查看账户设置：缺少权限 %1。请让账户管理员授予该权限，或使用其他密钥。</translation>
    </message>
    <message>
        <source>This API key may not view the account&apos;s settings: it lacks the account&apos;s view permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>此 API 密钥无权查看账户设置：缺少账户的查看权限。请让账户管理员授予该权限，或使用其他密钥。</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the permission %1. Ask an account administrator to grant it, or use another key.</source>
        <translation>此 API 密钥可以读取设置，但无法更改：缺少权限 %1。请让账户管理员授予该权限，或使用其他密钥。</translation>
    </message>
    <message>
        <source>This API key may read the settings but not change them: it lacks the account&apos;s edit permission. Ask an account administrator to grant it, or use another key.</source>
        <translation>此 API 密钥可以读取设置，但无法更改：缺少账户的编辑权限。请让账户管理员授予该权限，或使用其他密钥。</translation>
    </message>
    <message>
        <source>This API key lacks the permission %1; ask an account administrator to grant it, or use another key.</source>
        <translation>此 API 密钥缺少权限 %1；请让账户管理员授予该权限，或使用其他密钥。</translation>
    </message>
    <message>
        <source>This API key lacks a permission for the account&apos;s settings; ask an account administrator to grant it, or use another key.</source>
        <translation>此 API 密钥缺少账户设置的某项权限；请让账户管理员授予该权限，或使用其他密钥。</translation>
    </message>
    <message>
        <source>The server did not finish answering in time, so the app stopped waiting; nothing was changed. Try again, and check the network or Harness&apos;s status page if it keeps happening.</source>
        <translation>服务器未能及时完成响应，因此本应用已停止等待；未做任何更改。请重试；如果问题持续出现，请检查网络或 Harness 的状态页面。</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>请求未发送。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>未及时收到响应。</translation>
    </message>
    <message>
        <source>The secure connection failed.</source>
        <translation>安全连接失败。</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error.</source>
        <translation>服务器返回了 HTTP 错误。</translation>
    </message>
    <message>
        <source>Harness refused the request.</source>
        <translation>Harness 拒绝了该请求。</translation>
    </message>
    <message>
        <source>Harness limited the requests.</source>
        <translation>Harness 限制了请求频率。</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>无法读取响应。</translation>
    </message>
    <message>
        <source>The server redirected the request.</source>
        <translation>服务器重定向了该请求。</translation>
    </message>
    <message>
        <source>The read-back did not confirm the change.</source>
        <translation>回读未能确认该更改。</translation>
    </message>
    <message>
        <source>The operation ran out of time.</source>
        <translation>操作超时。</translation>
    </message>
    <message>
        <source>Missing permission: %1</source>
        <translation>缺少权限：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
</context>
<context>
    <name>hci::ApplyReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>检查更改</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be sent to %1:</source>
        <translation>
            <numerusform>以下 %n 项更改将发送到 %1：</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>要应用的更改</translation>
    </message>
    <message>
        <source>Each field with its value now and the value it gets</source>
        <translation>每个字段的当前值和新值</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 (reset to default)</source>
        <translation>%1（重置为默认值）</translation>
    </message>
    <message>
        <source>Requests (the API key shows as $HARNESS_API_KEY):</source>
        <translation>请求（API 密钥显示为 $HARNESS_API_KEY）：</translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation>要发送的请求</translation>
    </message>
    <message>
        <source>The HTTP requests of the apply, as cURL commands</source>
        <translation>应用时发送的 HTTP 请求，以 cURL 命令表示</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>应用 %n 项更改(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the changes to Harness now</source>
        <translation>立即将更改发送到 Harness</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>复制为 cURL(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the requests to the clipboard; the API key stays out</source>
        <translation>将请求复制到剪贴板；不包含 API 密钥</translation>
    </message>
    <message>
        <source>Close; the changes stay queued</source>
        <translation>关闭；更改仍保留在待应用队列中</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Tag exists</source>
        <translation>标签存在</translation>
    </message>
    <message>
        <source>%1 has this tag (%2).</source>
        <translation>%1 中存在此标签（%2）。</translation>
    </message>
    <message>
        <source>Tag not found</source>
        <translation>未找到标签</translation>
    </message>
    <message>
        <source>%1 has no image %2: pipelines that pull it fail at initialise.</source>
        <translation>%1 中没有镜像 %2：拉取它的流水线会在初始化时失败。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message numerus="yes">
        <source>Applying once %n tag check(s) are done…</source>
        <translation>
            <numerusform>%n 项标签检查完成后即应用…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n tag(s) in their registries…</source>
        <translation>
            <numerusform>正在镜像仓库中检查 %n 个标签…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing from their registries: %n tag(s). Pipelines that use them fail to pull the image; apply only if the tags will be pushed first.</source>
        <translation>
            <numerusform>镜像仓库中缺少 %n 个标签。使用它们的流水线将无法拉取镜像；仅当这些标签会事先推送时才应用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply anyway, with %n missing tag(s)</source>
        <translation>
            <numerusform>仍然应用（缺少 %n 个标签）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be checked (see the Registry column); applying is still possible.</source>
        <translation>
            <numerusform>有 %n 个标签无法检查（见“镜像仓库”列）；仍可应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new tag exists in its registry.</source>
        <translation>所有新标签都存在于其镜像仓库中。</translation>
    </message>
    <message>
        <source>PRODUCTION — these changes go to the production account %1.</source>
        <translation>生产环境 — 这些更改将发送到生产账户 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses to change %n of these field(s) on %1: %2. Its answer would be a generic server error, and nothing of that request would be saved. Undo those changes before applying.</source>
        <translation>
            <numerusform>Harness 拒绝在 %1 上更改其中 %n 个字段：%2。它会返回通用的服务器错误，且该请求的任何内容都不会被保存。请在应用前撤销这些更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Show &amp;requests</source>
        <translation>显示请求(&amp;R)</translation>
    </message>
    <message>
        <source>The HTTP requests the apply sends, as cURL commands</source>
        <translation>应用时发送的 HTTP 请求，以 cURL 命令表示</translation>
    </message>
    <message>
        <source>Hide &amp;requests</source>
        <translation>隐藏请求(&amp;R)</translation>
    </message>
    <message>
        <source>— back to the default</source>
        <translation>— 恢复为默认值</translation>
    </message>
    <message>
        <source>A reset: Harness&apos;s default image is used again; there is no new tag to check.</source>
        <translation>重置：重新使用 Harness 的默认镜像；没有需要检查的新标签。</translation>
    </message>
    <message>
        <source>Copy as &amp;Terraform</source>
        <translation>复制为 Terraform(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the overrides as they will be after this apply, as Terraform resources; the API key stays out</source>
        <translation>将此次应用后的覆盖值复制为 Terraform 资源；不包含 API 密钥</translation>
    </message>
</context>
<context>
    <name>hci::CompareModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not listed on this side</source>
        <translation>此侧未列出</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>reset to the default</source>
        <translation>重置为默认值</translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation>%1（待应用）</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Queued on %1, not sent yet: review and apply there to send it. Now: %2</source>
        <translation>已在 %1 上加入待应用队列，尚未发送：请在那里检查并应用以发送。当前：%2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>此窗口</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>另一侧</translation>
    </message>
</context>
<context>
    <name>hci::CompareWindow</name>
    <message>
        <source>Compare %1 on %2 — Harness CI Images</source>
        <translation>比较 %2 上的 %1 — Harness CI Images</translation>
    </message>
    <message>
        <source>This window: %1, %2 on %3</source>
        <translation>此窗口：%1，%3 上的 %2</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>The profile, or the other infrastructure of this account, to set beside this window</source>
        <translation>要与此窗口并排显示的配置文件，或此账户的其他基础设施</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比较对象(&amp;W)：</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>The other side is a production account</source>
        <translation>另一侧是生产账户</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>比较状态</translation>
    </message>
    <message>
        <source>Overrides side by side</source>
        <translation>覆盖值并排对比</translation>
    </message>
    <message>
        <source>Each field with its value in this window and on the other side; rows that differ are marked</source>
        <translation>每个字段在此窗口和另一侧的值；不同的行会被标记</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <source>Queue the selected rows&apos; values on the other side: this window&apos;s override, or a reset when it has none. Nothing is sent until you review and apply there.</source>
        <translation>将所选行的值加入另一侧的待应用队列：即此窗口的覆盖值，若无覆盖值则为重置。在您于那里检查并应用之前，不会发送任何内容。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The main window now shows another account or scope; close this window and compare again.</source>
        <translation>主窗口现在显示的是其他账户或范围；请关闭此窗口并重新比较。</translation>
    </message>
    <message>
        <source>Other infrastructure of this account (%1)</source>
        <translation>此账户的其他基础设施（%1）</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1（生产环境）</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; choose another side once it has settled.</source>
        <translation>对 %1 的应用仍在进行；请在其完成后再选择其他比较对象。</translation>
    </message>
    <message>
        <source>Drop the changes queued on %1 and compare with another side?</source>
        <translation>丢弃 %1 上待应用的更改，并与其他对象比较？</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>待应用的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued there were never sent.</source>
        <translation>
            <numerusform>那里有 %n 项待应用的更改从未发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>This window (%1)</source>
        <translation>此窗口（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>此账户</translation>
    </message>
    <message>
        <source>No override differs.</source>
        <translation>没有不同的覆盖值。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Select rows and copy them to %1.</source>
        <translation>
            <numerusform>%n 个字段不同。选择行并将其复制到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the other side: %1</source>
        <translation>无法加载另一侧：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied to %1 and read back.</source>
        <translation>
            <numerusform>已将 %n 项更改应用到 %1 并完成回读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The apply to %1 failed: %2 %n change(s) stay queued.</source>
        <translation>
            <numerusform>对 %1 的应用失败：%2 %n 项更改仍在待应用队列中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent; the changes stay queued.</source>
        <translation>未发送任何内容；更改仍保留在待应用队列中。</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>没有加入任何待应用的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued on %1; review and apply there to send them.</source>
        <translation>
            <numerusform>已在 %1 上加入 %n 项待应用的更改；请在那里检查并应用以发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed on %1, left out: %2.</source>
        <translation>%1 上未列出，已略过：%2。</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1，%3 上的 %2</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>正在应用到 %1…</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>另一侧</translation>
    </message>
    <message>
        <source>&amp;Copy to %1</source>
        <translation>复制到 %1(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows to %1</source>
        <translation>将所选行复制到 %1</translation>
    </message>
    <message>
        <source>&amp;Review and apply on %1 (%2)…</source>
        <translation>在 %1 上检查并应用（%2）(&amp;R)…</translation>
    </message>
    <message>
        <source>Review and apply the changes queued on %1</source>
        <translation>检查并应用 %1 上待应用的更改</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; close this window once it has settled.</source>
        <translation>对 %1 的应用仍在进行；请在其完成后再关闭此窗口。</translation>
    </message>
    <message>
        <source>Close and drop the changes queued on %1?</source>
        <translation>关闭并丢弃 %1 上待应用的更改？</translation>
    </message>
</context>
<context>
    <name>hci::ConfigDocument</name>
    <message>
        <source>Change %1 to %2</source>
        <translation>将 %1 改为 %2</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>将 %1 重置为默认值</translation>
    </message>
    <message numerus="yes">
        <source>Reset all %n field(s) to their defaults</source>
        <translation>
            <numerusform>将全部 %n 个字段重置为默认值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>放弃 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the server&apos;s value of %1</source>
        <translation>保留服务器上 %1 的值</translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 为只读：服务器发送了本应用不编辑的值。</translation>
    </message>
</context>
<context>
    <name>hci::ConfigTreeModel</name>
    <message>
        <source>→ default</source>
        <translation>→ 默认</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n 个已覆盖</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 个待应用</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), all on their defaults</source>
        <translation>
            <numerusform>%n 个字段，均为默认值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n 个字段：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>将 %1 重置为默认值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>Queued: back to the default %1 (now %2). Not sent until you apply.</source>
        <translation>待应用：恢复为默认值 %1（当前为 %2）。应用前不会发送。</translation>
    </message>
    <message>
        <source>Queued: %1 (now %2). Not sent until you apply.</source>
        <translation>待应用：%1（当前为 %2）。应用前不会发送。</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>覆盖值：%1</translation>
    </message>
    <message>
        <source>No override: pipelines use the default.</source>
        <translation>无覆盖值：流水线使用默认值。</translation>
    </message>
    <message>
        <source>Reset %1 to its default, %2</source>
        <translation>将 %1 重置为默认值 %2</translation>
    </message>
    <message>
        <source>It is also older than the default (%1 &lt; %2).</source>
        <translation>它也比默认值旧（%1 &lt; %2）。</translation>
    </message>
    <message>
        <source>Queued: %1 → %2. Nothing is sent until you apply.</source>
        <translation>待应用：%1 → %2。在您应用之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Queued: reset %1 to the default %2. Nothing is sent until you apply.</source>
        <translation>待应用：将 %1 重置为默认值 %2。在您应用之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Override is older than the default (%1 &lt; %2)</source>
        <translation>覆盖值比默认值旧（%1 &lt; %2）</translation>
    </message>
    <message>
        <source>Override is newer than the default (%1 &gt; %2)</source>
        <translation>覆盖值比默认值新（%1 &gt; %2）</translation>
    </message>
    <message>
        <source>Harness lists this override as deprecated (%1; the default is %2)</source>
        <translation>Harness 将此覆盖值列为已弃用（%1；默认值为 %2）</translation>
    </message>
    <message>
        <source>Overridden from another repository: %1</source>
        <translation>被其他仓库的镜像覆盖：%1</translation>
    </message>
    <message>
        <source>Overridden: pipelines use %1 instead of %2</source>
        <translation>已覆盖：流水线使用 %1 而非 %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>覆盖值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>The image field, with its key in the API</source>
        <translation>镜像字段及其在 API 中的键名</translation>
    </message>
    <message>
        <source>The image repository pipelines pull from</source>
        <translation>流水线从中拉取镜像的仓库</translation>
    </message>
    <message>
        <source>The tag Harness uses by default</source>
        <translation>Harness 默认使用的标签</translation>
    </message>
    <message>
        <source>This account&apos;s override; double-click or press F2 to edit</source>
        <translation>此账户的覆盖值；双击或按 F2 编辑</translation>
    </message>
    <message>
        <source>How the override compares with the default</source>
        <translation>覆盖值与默认值的比较</translation>
    </message>
    <message>
        <source>Reset a field to its default</source>
        <translation>将字段重置为默认值</translation>
    </message>
    <message>
        <source>%1 · release not checked</source>
        <translation>%1 · 未检查版本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Discard the queued change of %1</source>
        <translation>丢弃 %1 的待应用更改</translation>
    </message>
    <message>
        <source>Read-only: the server sent %1, which is not an image reference. It is shown as the server sent it and never sent back.</source>
        <translation>只读：服务器发送的 %1 不是镜像引用。它按服务器发送的原样显示，且不会被发回。</translation>
    </message>
    <message>
        <source>An empty override is stored; Harness treats it as none, so pipelines use the default.</source>
        <translation>存储了一个空的覆盖值；Harness 将其视为无覆盖值，因此流水线使用默认值。</translation>
    </message>
    <message>
        <source>Discard the queued reset: %1 keeps its override %2</source>
        <translation>丢弃待应用的重置：%1 保留其覆盖值 %2</translation>
    </message>
    <message>
        <source>Discard this edit: %1 stays on its default</source>
        <translation>丢弃此编辑：%1 保持默认值</translation>
    </message>
    <message>
        <source>Remove the empty override stored for %1</source>
        <translation>删除为 %1 存储的空覆盖值</translation>
    </message>
    <message>
        <source>Release not checked: the image&apos;s tags are not known (yet), so whether Harness still supports this release is not known.</source>
        <translation>未检查版本：（尚）不知道该镜像的标签，因此无法确定 Harness 是否仍支持此版本。</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>它比 Harness 的默认值 %1 更新。</translation>
    </message>
</context>
<context>
    <name>hci::ConfigView</name>
    <message>
        <source>Image fields</source>
        <translation>镜像字段</translation>
    </message>
    <message>
        <source>One row per image field: default and override side by side. Type or press F2 to edit a row&apos;s override; Delete resets it to the default.</source>
        <translation>每个镜像字段一行：默认值与覆盖值并排显示。直接输入或按 F2 编辑该行的覆盖值；按 Delete 键将其重置为默认值。</translation>
    </message>
</context>
<context>
    <name>hci::ConflictDialog</name>
    <message>
        <source>Changed on the server</source>
        <translation>服务器上已更改</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n field(s) on the server after you loaded them. Tick a field to send your change anyway; leave it to keep the server&apos;s value and drop your change.</source>
        <translation>
            <numerusform>在您加载之后，有人在服务器上更改了 %n 个字段。勾选字段则仍发送您的更改；不勾选则保留服务器上的值并放弃您的更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>加载时</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>服务器当前值</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的更改</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>冲突的字段</translation>
    </message>
    <message>
        <source>Tick a field to overwrite the server&apos;s value with yours</source>
        <translation>勾选字段以用您的值覆盖服务器上的值</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>(reset to default)</source>
        <translation>（重置为默认值）</translation>
    </message>
    <message>
        <source>Tick to overwrite the server&apos;s value with yours</source>
        <translation>勾选以用您的值覆盖服务器上的值</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Send the ticked changes and the ones without a conflict</source>
        <translation>发送已勾选的更改以及没有冲突的更改</translation>
    </message>
    <message>
        <source>Cancel the apply</source>
        <translation>取消应用</translation>
    </message>
    <message>
        <source>Send nothing; your changes stay queued</source>
        <translation>不发送任何内容；您的更改仍保留在待应用队列中</translation>
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
        <translation>欧盟 (accounts.eu.harness.io)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Enter the address of the Harness server.</source>
        <translation>请输入 Harness 服务器的地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>“%1”不是有效的地址。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>地址中没有主机名。</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>地址中不得包含用户名或密码。</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>使用 http:// 会以明文发送 API 密钥；请使用 https://（http:// 仅允许用于本机）。</translation>
    </message>
</context>
<context>
    <name>hci::Envelope</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>响应没有正文。</translation>
    </message>
    <message>
        <source>The answer is an HTML page.</source>
        <translation>响应是一个 HTML 页面。</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 错误：%2</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot; text.</source>
        <translation>响应中没有 &quot;status&quot; 文本。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>SUCCESS with HTTP status %1.</source>
        <translation>HTTP 状态 %1 但返回 SUCCESS。</translation>
    </message>
    <message>
        <source>The answer has no &quot;data&quot;.</source>
        <translation>响应中没有 &quot;data&quot;。</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object of images.</source>
        <translation>&quot;data&quot; 不是镜像对象。</translation>
    </message>
</context>
<context>
    <name>hci::FieldCatalog</name>
    <message>
        <source>Add-on</source>
        <translation>附加组件</translation>
    </message>
    <message>
        <source>Runs each step&apos;s container inside the Kubernetes build pod.</source>
        <translation>在 Kubernetes 构建 Pod 中运行每个步骤的容器。</translation>
    </message>
    <message>
        <source>Lite engine</source>
        <translation>Lite Engine</translation>
    </message>
    <message>
        <source>Orchestrates the steps of a stage in the Kubernetes build pod.</source>
        <translation>在 Kubernetes 构建 Pod 中编排一个阶段的各个步骤。</translation>
    </message>
    <message>
        <source>Add-on (rootless)</source>
        <translation>附加组件（rootless）</translation>
    </message>
    <message>
        <source>The add-on for pods that must not run as root.</source>
        <translation>用于不得以 root 身份运行的 Pod 的附加组件。</translation>
    </message>
    <message>
        <source>Lite engine (rootless)</source>
        <translation>Lite Engine（rootless）</translation>
    </message>
    <message>
        <source>The lite engine for pods that must not run as root.</source>
        <translation>用于不得以 root 身份运行的 Pod 的 Lite Engine。</translation>
    </message>
    <message>
        <source>Git clone</source>
        <translation>Git 克隆</translation>
    </message>
    <message>
        <source>Clones the pipeline&apos;s repository before the first step.</source>
        <translation>在第一个步骤之前克隆流水线的代码仓库。</translation>
    </message>
    <message>
        <source>Docker registry</source>
        <translation>Docker 镜像仓库</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to a Docker registry.</source>
        <translation>使用 kaniko 构建镜像并推送到 Docker 镜像仓库。</translation>
    </message>
    <message>
        <source>Amazon ECR</source>
        <translation>Amazon ECR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Amazon ECR.</source>
        <translation>使用 kaniko 构建镜像并推送到 Amazon ECR。</translation>
    </message>
    <message>
        <source>Azure ACR</source>
        <translation>Azure ACR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Azure Container Registry.</source>
        <translation>使用 kaniko 构建镜像并推送到 Azure Container Registry。</translation>
    </message>
    <message>
        <source>Google GCR</source>
        <translation>Google GCR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Container Registry.</source>
        <translation>使用 kaniko 构建镜像并推送到 Google Container Registry。</translation>
    </message>
    <message>
        <source>Google GAR</source>
        <translation>Google GAR</translation>
    </message>
    <message>
        <source>Builds an image with kaniko and pushes it to Google Artifact Registry.</source>
        <translation>使用 kaniko 构建镜像并推送到 Google Artifact Registry。</translation>
    </message>
    <message>
        <source>Docker registry (buildx)</source>
        <translation>Docker 镜像仓库（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to a Docker registry.</source>
        <translation>使用 Docker buildx 构建镜像并推送到 Docker 镜像仓库。</translation>
    </message>
    <message>
        <source>Amazon ECR (buildx)</source>
        <translation>Amazon ECR（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Amazon ECR.</source>
        <translation>使用 Docker buildx 构建镜像并推送到 Amazon ECR。</translation>
    </message>
    <message>
        <source>Google GAR (buildx)</source>
        <translation>Google GAR（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Google Artifact Registry.</source>
        <translation>使用 Docker buildx 构建镜像并推送到 Google Artifact Registry。</translation>
    </message>
    <message>
        <source>Azure ACR (buildx)</source>
        <translation>Azure ACR（buildx）</translation>
    </message>
    <message>
        <source>Builds an image with Docker buildx and pushes it to Azure Container Registry.</source>
        <translation>使用 Docker buildx 构建镜像并推送到 Azure Container Registry。</translation>
    </message>
    <message>
        <source>Upload to GCS</source>
        <translation>上传到 GCS</translation>
    </message>
    <message>
        <source>Uploads files to a Google Cloud Storage bucket.</source>
        <translation>将文件上传到 Google Cloud Storage 存储桶。</translation>
    </message>
    <message>
        <source>Upload to S3</source>
        <translation>上传到 S3</translation>
    </message>
    <message>
        <source>Uploads files to an Amazon S3 bucket.</source>
        <translation>将文件上传到 Amazon S3 存储桶。</translation>
    </message>
    <message>
        <source>Upload to Artifactory</source>
        <translation>上传到 Artifactory</translation>
    </message>
    <message>
        <source>Uploads files to a JFrog Artifactory repository.</source>
        <translation>将文件上传到 JFrog Artifactory 仓库。</translation>
    </message>
    <message>
        <source>Cache in GCS</source>
        <translation>GCS 缓存</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Google Cloud Storage.</source>
        <translation>在 Google Cloud Storage 中保存和恢复构建缓存。</translation>
    </message>
    <message>
        <source>Cache in S3</source>
        <translation>S3 缓存</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Amazon S3.</source>
        <translation>在 Amazon S3 中保存和恢复构建缓存。</translation>
    </message>
    <message>
        <source>Cache proxy</source>
        <translation>缓存代理</translation>
    </message>
    <message>
        <source>Serves Harness Cache Intelligence to the build.</source>
        <translation>为构建提供 Harness Cache Intelligence。</translation>
    </message>
    <message>
        <source>Cache in Azure</source>
        <translation>Azure 缓存</translation>
    </message>
    <message>
        <source>Saves and restores build caches in Azure Blob Storage (newer servers).</source>
        <translation>在 Azure Blob Storage 中保存和恢复构建缓存（较新的服务器）。</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Saves and restores build caches (newer servers).</source>
        <translation>保存和恢复构建缓存（较新的服务器）。</translation>
    </message>
    <message>
        <source>Security tests</source>
        <translation>安全测试</translation>
    </message>
    <message>
        <source>Runs Security Testing Orchestration scanners.</source>
        <translation>运行 Security Testing Orchestration 扫描器。</translation>
    </message>
    <message>
        <source>SBOM orchestration</source>
        <translation>SBOM 编排</translation>
    </message>
    <message>
        <source>Generates a software bill of materials for an artifact.</source>
        <translation>为制品生成软件物料清单（SBOM）。</translation>
    </message>
    <message>
        <source>SBOM policy enforcement</source>
        <translation>SBOM 策略执行</translation>
    </message>
    <message>
        <source>Checks an artifact&apos;s SBOM against policies.</source>
        <translation>根据策略检查制品的 SBOM。</translation>
    </message>
    <message>
        <source>Artifact signing</source>
        <translation>制品签名</translation>
    </message>
    <message>
        <source>Signs built artifacts.</source>
        <translation>为构建的制品签名。</translation>
    </message>
    <message>
        <source>Artifact verification</source>
        <translation>制品验证</translation>
    </message>
    <message>
        <source>Verifies the signatures of artifacts.</source>
        <translation>验证制品的签名。</translation>
    </message>
    <message>
        <source>SBOM with cdxgen</source>
        <translation>使用 cdxgen 生成 SBOM</translation>
    </message>
    <message>
        <source>Generates a CycloneDX SBOM with cdxgen.</source>
        <translation>使用 cdxgen 生成 CycloneDX SBOM。</translation>
    </message>
    <message>
        <source>SLSA provenance</source>
        <translation>SLSA 来源证明</translation>
    </message>
    <message>
        <source>Generates SLSA provenance for built images.</source>
        <translation>为构建的镜像生成 SLSA 来源证明。</translation>
    </message>
    <message>
        <source>SLSA verification</source>
        <translation>SLSA 验证</translation>
    </message>
    <message>
        <source>Verifies the SLSA provenance of an image.</source>
        <translation>验证镜像的 SLSA 来源证明。</translation>
    </message>
    <message>
        <source>Supply chain compliance</source>
        <translation>供应链合规</translation>
    </message>
    <message>
        <source>Checks a repository against supply chain compliance rules.</source>
        <translation>根据供应链合规规则检查代码仓库。</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Runs Terraform plans and applies.</source>
        <translation>运行 Terraform 的 plan 和 apply。</translation>
    </message>
    <message>
        <source>Terragrunt</source>
        <translation>Terragrunt</translation>
    </message>
    <message>
        <source>Runs Terragrunt plans and applies.</source>
        <translation>运行 Terragrunt 的 plan 和 apply。</translation>
    </message>
    <message>
        <source>Ansible</source>
        <translation>Ansible</translation>
    </message>
    <message>
        <source>Runs Ansible playbooks.</source>
        <translation>运行 Ansible playbook。</translation>
    </message>
    <message>
        <source>OpenTofu</source>
        <translation>OpenTofu</translation>
    </message>
    <message>
        <source>Runs OpenTofu plans and applies.</source>
        <translation>运行 OpenTofu 的 plan 和 apply。</translation>
    </message>
    <message>
        <source>Checkov</source>
        <translation>Checkov</translation>
    </message>
    <message>
        <source>Scans infrastructure code with Checkov.</source>
        <translation>使用 Checkov 扫描基础设施代码。</translation>
    </message>
    <message>
        <source>terraform-compliance</source>
        <translation>terraform-compliance</translation>
    </message>
    <message>
        <source>Tests Terraform plans against compliance rules.</source>
        <translation>根据合规规则测试 Terraform plan。</translation>
    </message>
    <message>
        <source>TFLint</source>
        <translation>TFLint</translation>
    </message>
    <message>
        <source>Lints Terraform code with TFLint.</source>
        <translation>使用 TFLint 检查 Terraform 代码。</translation>
    </message>
    <message>
        <source>tfsec</source>
        <translation>tfsec</translation>
    </message>
    <message>
        <source>Scans Terraform code for security problems with tfsec.</source>
        <translation>使用 tfsec 扫描 Terraform 代码中的安全问题。</translation>
    </message>
    <message>
        <source>Module tests</source>
        <translation>模块测试</translation>
    </message>
    <message>
        <source>Runs the tests of a Terraform module.</source>
        <translation>运行 Terraform 模块的测试。</translation>
    </message>
    <message>
        <source>Cookiecutter</source>
        <translation>Cookiecutter</translation>
    </message>
    <message>
        <source>Creates a project from a Cookiecutter template.</source>
        <translation>根据 Cookiecutter 模板创建项目。</translation>
    </message>
    <message>
        <source>Create repository</source>
        <translation>创建仓库</translation>
    </message>
    <message>
        <source>Creates a Git repository for a new service.</source>
        <translation>为新服务创建 Git 仓库。</translation>
    </message>
    <message>
        <source>Direct push</source>
        <translation>直接推送</translation>
    </message>
    <message>
        <source>Pushes generated code straight to a repository.</source>
        <translation>将生成的代码直接推送到仓库。</translation>
    </message>
    <message>
        <source>Register in catalog</source>
        <translation>注册到目录</translation>
    </message>
    <message>
        <source>Registers a service in the IDP software catalog.</source>
        <translation>在 IDP 软件目录中注册服务。</translation>
    </message>
    <message>
        <source>Create catalog entry</source>
        <translation>创建目录条目</translation>
    </message>
    <message>
        <source>Writes a catalog-info file for a new service.</source>
        <translation>为新服务写入 catalog-info 文件。</translation>
    </message>
    <message>
        <source>Slack notification</source>
        <translation>Slack 通知</translation>
    </message>
    <message>
        <source>Posts a message to Slack.</source>
        <translation>向 Slack 发送消息。</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Creates a Harness organization.</source>
        <translation>创建 Harness 组织。</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>Creates a Harness project.</source>
        <translation>创建 Harness 项目。</translation>
    </message>
    <message>
        <source>Create resource</source>
        <translation>创建资源</translation>
    </message>
    <message>
        <source>Creates a Harness resource from a definition.</source>
        <translation>根据定义创建 Harness 资源。</translation>
    </message>
    <message>
        <source>Update catalog property</source>
        <translation>更新目录属性</translation>
    </message>
    <message>
        <source>Changes a property of a catalog entry.</source>
        <translation>更改目录条目的属性。</translation>
    </message>
    <message>
        <source>A field this version of the app does not know yet.</source>
        <translation>此版本应用尚不认识的字段。</translation>
    </message>
    <message>
        <source>CI core</source>
        <translation>CI 核心</translation>
    </message>
    <message>
        <source>Build and push</source>
        <translation>构建与推送</translation>
    </message>
    <message>
        <source>Build and push with buildx</source>
        <translation>使用 buildx 构建与推送</translation>
    </message>
    <message>
        <source>Upload and cache</source>
        <translation>上传与缓存</translation>
    </message>
    <message>
        <source>Security and supply chain</source>
        <translation>安全与供应链</translation>
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
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>hci::FieldRules</name>
    <message>
        <source>This row holds a rootless image, but %1 is not a rootless tag: pipelines that run without root would get the image that needs root.</source>
        <translation>此行应为 rootless 镜像，但 %1 不是 rootless 标签：不以 root 身份运行的流水线将获得需要 root 的镜像。</translation>
    </message>
    <message>
        <source>%1 is version %2, but %3 is %4: Harness ships the add-on and the lite engine together, with the same version.</source>
        <translation>%1 的版本为 %2，但 %3 为 %4：Harness 会以相同版本同时发布附加组件和 Lite Engine。</translation>
    </message>
</context>
<context>
    <name>hci::HarnessClient</name>
    <message>
        <source>&quot;data&quot; is not true.</source>
        <translation>&quot;data&quot; 不为 true。</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>服务器地址无效。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted; use https:// (http:// is only allowed to this computer).</source>
        <translation>使用 http:// 会以明文发送 API 密钥；请使用 https://（http:// 仅允许用于本机）。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>服务器地址中不得包含用户名或密码。</translation>
    </message>
    <message>
        <source>The account ID is missing.</source>
        <translation>缺少账户 ID。</translation>
    </message>
    <message>
        <source>The account ID contains spaces or symbols.</source>
        <translation>账户 ID 中含有空格或符号。</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>缺少 API 密钥。</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste it again.</source>
        <translation>API 密钥中含有空格或换行符；请重新粘贴。</translation>
    </message>
    <message>
        <source>No connection is set up.</source>
        <translation>尚未设置连接。</translation>
    </message>
    <message>
        <source>More than %1 bytes; the download was stopped.</source>
        <translation>超过 %1 字节；已停止下载。</translation>
    </message>
    <message>
        <source>Redirect to %1 was not followed.</source>
        <translation>未跟随到 %1 的重定向。</translation>
    </message>
</context>
<context>
    <name>hci::HistoryWindow</name>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Revert this apply…</source>
        <translation>回滚此次应用(&amp;R)…</translation>
    </message>
    <message>
        <source>History of applies — Harness CI Images</source>
        <translation>应用历史 — Harness CI Images</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>所有模块</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>All infrastructures</source>
        <translation>所有基础设施</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>应用记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Fields of the selected apply</source>
        <translation>所选应用的字段</translation>
    </message>
    <message>
        <source>Save the selected apply, one line per field, as a CSV file</source>
        <translation>将所选应用保存为 CSV 文件，每个字段一行</translation>
    </message>
    <message>
        <source>Queue the changes that undo this apply; you review them before anything is sent</source>
        <translation>将撤销此次应用的更改加入待应用队列；发送任何内容之前您都会先检查它们</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>所有配置文件</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n confirmed</source>
        <translation>
            <numerusform>%n 项中已确认 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>No applies recorded yet for this choice.</source>
        <translation>此选择下尚无应用记录。</translation>
    </message>
    <message>
        <source>Apply %1 from the %2 · correlation IDs: %3</source>
        <translation>应用 %1（来自%2）· 关联 ID：%3</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export the apply as CSV</source>
        <translation>将此次应用导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Select an apply first.</source>
        <translation>请先选择一次应用。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>hci::ImageReference</name>
    <message>
        <source>The registry address &quot;%1&quot; has an unclosed bracket.</source>
        <translation>镜像仓库地址“%1”中有未闭合的括号。</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is not valid.</source>
        <translation>镜像仓库地址“%1”无效。</translation>
    </message>
    <message>
        <source>The registry &quot;%1&quot; has a colon but no port number.</source>
        <translation>镜像仓库“%1”有冒号但没有端口号。</translation>
    </message>
    <message>
        <source>The registry host &quot;%1&quot; is not a valid host name.</source>
        <translation>镜像仓库主机“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>The registry port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>镜像仓库端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The image name has an empty part between slashes.</source>
        <translation>镜像名称在斜杠之间有空的部分。</translation>
    </message>
    <message>
        <source>Image names must be lower case: &quot;%1&quot;.</source>
        <translation>镜像名称必须为小写：“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name part: use lower-case letters, digits and single separators (., _, __ or -) between them.</source>
        <translation>“%1”不是有效的镜像名称部分：请使用小写字母、数字，并在其间使用单个分隔符（.、_、__ 或 -）。</translation>
    </message>
    <message>
        <source>The tag after the colon is empty.</source>
        <translation>冒号后的标签为空。</translation>
    </message>
    <message>
        <source>The tag is longer than 128 characters.</source>
        <translation>标签超过 128 个字符。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>标签“%1”无效：请使用字母、数字、&apos;_&apos;、&apos;.&apos; 和 &apos;-&apos;，且不能以 &apos;.&apos; 或 &apos;-&apos; 开头。</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is not valid: it should look like sha256:&lt;64 hex digits&gt;.</source>
        <translation>摘要“%1”无效：应为 sha256:&lt;64 位十六进制数字&gt; 的形式。</translation>
    </message>
    <message>
        <source>The %1 digest has the wrong length.</source>
        <translation>%1 摘要的长度不正确。</translation>
    </message>
    <message>
        <source>The image reference is empty.</source>
        <translation>镜像引用为空。</translation>
    </message>
    <message>
        <source>The image reference contains a space.</source>
        <translation>镜像引用中含有空格。</translation>
    </message>
    <message>
        <source>The image reference has no image name.</source>
        <translation>镜像引用中没有镜像名称。</translation>
    </message>
    <message>
        <source>The image name is longer than %1 characters.</source>
        <translation>镜像名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The image reference names a registry but no image.</source>
        <translation>镜像引用指定了镜像仓库，但没有镜像。</translation>
    </message>
</context>
<context>
    <name>hci::JournalRestoreBar</name>
    <message>
        <source>%1: reset to the default</source>
        <translation>%1：重置为默认值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Restore &amp;unchanged only</source>
        <translation>仅恢复未更改的(&amp;U)</translation>
    </message>
    <message>
        <source>Dis&amp;card them</source>
        <translation>丢弃(&amp;C)</translation>
    </message>
    <message>
        <source>Queue these edits again; nothing is sent until you apply</source>
        <translation>将这些编辑重新加入待应用队列；在您应用之前不会发送任何内容</translation>
    </message>
    <message>
        <source>Queue only the edits of fields the server has not changed since</source>
        <translation>仅将服务器此后未更改的字段的编辑加入待应用队列</translation>
    </message>
    <message>
        <source>Forget these edits</source>
        <translation>放弃这些编辑</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 改为 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) queued here on %1 were not applied before the app stopped.</source>
        <translation>
            <numerusform>%1 时在此加入待应用队列的 %n 项编辑在本应用停止前未被应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>  (changed on the server since)</source>
        <translation>  （此后服务器上已更改）</translation>
    </message>
    <message numerus="yes">
        <source>The server changed %n of these field(s) since: restoring would overwrite %1.</source>
        <translation>
            <numerusform>此后服务器更改了其中 %n 个字段：恢复将覆盖 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::LocalStore</name>
    <message>
        <source>The folder for the local store, %1, cannot be created. Queued edits and the history are kept for this run only.</source>
        <translation>无法创建本地存储的文件夹 %1。待应用的编辑和历史记录仅在本次运行中保留。</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of this app and is left as it is. Queued edits and the history are kept for this run only.</source>
        <translation>本地存储 %1 由更新版本的本应用写入，将保持原样。待应用的编辑和历史记录仅在本次运行中保留。</translation>
    </message>
    <message>
        <source>The local store %1 cannot be opened (%2) nor moved aside. Queued edits and the history are kept for this run only.</source>
        <translation>本地存储 %1 无法打开（%2），也无法移到一旁。待应用的编辑和历史记录仅在本次运行中保留。</translation>
    </message>
    <message>
        <source>The local store %1 could not be opened (%2) and a new one could not be started either. The old file is now %3. Queued edits and the history are kept for this run only.</source>
        <translation>无法打开本地存储 %1（%2），也无法新建本地存储。旧文件现在为 %3。待应用的编辑和历史记录仅在本次运行中保留。</translation>
    </message>
    <message numerus="yes">
        <source>The local store could not be read (%1), so it was moved to %2 and a new one was started. %n queued edit(s) were carried over from it.</source>
        <translation>
            <numerusform>无法读取本地存储（%1），因此已将其移至 %2 并新建了一个。已从中迁移 %n 项待应用的编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>预写日志不可用</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>架构步骤 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot rename it</source>
        <translation>无法重命名</translation>
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
        <translation>配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit, test and open connection profiles</source>
        <translation>添加、编辑、测试和打开连接配置文件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the defaults and overrides again (F5)</source>
        <translation>重新读取默认值和覆盖值（F5）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>重做(&amp;E)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>全部重置(&amp;A)</translation>
    </message>
    <message>
        <source>Queue a reset to the default for every overridden field</source>
        <translation>为每个已覆盖的字段加入重置为默认值的待应用操作</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>重置为默认值</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Which module&apos;s images to show: CI, IaCM or IDP</source>
        <translation>显示哪个模块的镜像：CI、IaCM 或 IDP</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Which build infrastructure&apos;s images to show: Kubernetes or VMs</source>
        <translation>显示哪种构建基础设施的镜像：Kubernetes 或虚拟机</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>模块(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Infrastructure:</source>
        <translation>基础设施(&amp;I)：</translation>
    </message>
    <message>
        <source>Filter by field, image or tag (Ctrl+F)</source>
        <translation>按字段、镜像或标签筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show &amp;overrides only</source>
        <translation>仅显示覆盖值(&amp;O)</translation>
    </message>
    <message>
        <source>Hide the fields that use Harness&apos;s default image</source>
        <translation>隐藏使用 Harness 默认镜像的字段</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy or limiting requests. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness 繁忙或正在限制请求。%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s); the server confirmed each one.</source>
        <translation>
            <numerusform>已应用 %n 项更改；服务器已逐一确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>沙盒（%1）</translation>
    </message>
    <message>
        <source>Apply the queued changes before closing?</source>
        <translation>关闭前要应用待应用的更改吗？</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to %1 on %2?</source>
        <translation>切换到 %2 上的 %1 之前，要应用待应用的更改吗？</translation>
    </message>
    <message>
        <source>Apply the queued changes before refreshing?</source>
        <translation>刷新前要应用待应用的更改吗？</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message numerus="yes">
        <source>Queue a reset to the default for all %n overridden field(s) of %1 on %2? Nothing is sent until you apply.</source>
        <translation>
            <numerusform>要为 %2 上 %1 的全部 %n 个已覆盖字段加入重置为默认值的操作吗？在您应用之前不会发送任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n field(s) to their defaults</source>
        <translation>
            <numerusform>将 %n 个字段重置为默认值</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the images. %1</source>
        <translation>无法加载镜像。%1</translation>
    </message>
    <message>
        <source>Could not refresh; showing what was loaded before. %1</source>
        <translation>无法刷新；显示的是之前加载的内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued. %1</source>
        <translation>
            <numerusform>%n 项更改未生效，仍在待应用队列中。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>待应用的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are queued and not sent yet.</source>
        <translation>
            <numerusform>有 %n 项更改待应用，尚未发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>应用 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the queued changes and send them (Ctrl+Return)</source>
        <translation>检查待应用的更改并发送（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>%2 上的账户 %1</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>刷新于 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Harness CI Images</source>
        <translation>关于 Harness CI Images(&amp;A)</translation>
    </message>
    <message>
        <source>About Harness CI Images</source>
        <translation>关于 Harness CI Images</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts</source>
        <translation>下次启动应用时生效</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Harness CI Images will speak %1 the next time it starts.</source>
        <translation>Harness CI Images 下次启动时将使用 %1。</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Keys kept in memory for this run</source>
        <translation>密钥仅在本次运行期间保存在内存中</translation>
    </message>
    <message>
        <source>No keychain was available, so API keys are not saved: they are forgotten when the app quits.</source>
        <translation>没有可用的密钥环，因此不会保存 API 密钥：退出应用后将被遗忘。</translation>
    </message>
    <message>
        <source>Apply the queued changes before switching to another profile?</source>
        <translation>切换到其他配置文件之前，要应用待应用的更改吗？</translation>
    </message>
    <message>
        <source>Cannot open the Environment profile: %1</source>
        <translation>无法打开环境变量配置文件：%1</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>该配置文件已不存在。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Reading the key of “%1”…</source>
        <translation>正在读取“%1”的密钥…</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>无法打开“%1”。%2</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1（%3 上的账户 %2）</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — Harness CI Images</source>
        <translation>生产环境 — %1 — Harness CI Images</translation>
    </message>
    <message>
        <source>%1 — Harness CI Images</source>
        <translation>%1 — Harness CI Images</translation>
    </message>
    <message>
        <source>Tags are looked up on the mirror without its password. %1</source>
        <translation>将不使用镜像密码查找标签。%1</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>丢弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Drop every queued change without sending it</source>
        <translation>丢弃所有待应用的更改，不发送</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show overrides only</source>
        <translation>仅显示覆盖值</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; open another account once it has settled.</source>
        <translation>对 %1 的应用仍在进行；请在其完成后再打开其他账户。</translation>
    </message>
    <message>
        <source>An apply is still running; switch the module or infrastructure once it has settled.</source>
        <translation>应用仍在进行；请在其完成后再切换模块或基础设施。</translation>
    </message>
    <message>
        <source>An apply is still running; its read-back refreshes the table when it has settled.</source>
        <translation>应用仍在进行；完成后其回读将刷新表格。</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>已停止加载。</translation>
    </message>
    <message>
        <source>Loading stopped; showing what was loaded before.</source>
        <translation>已停止加载；显示之前加载的内容。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting for the server; nothing has been sent yet</source>
        <translation>停止等待服务器；尚未发送任何内容</translation>
    </message>
    <message>
        <source>Cancel reading from the server</source>
        <translation>取消从服务器读取</translation>
    </message>
    <message numerus="yes">
        <source>Apply cancelled before anything was sent; the %n change(s) stay queued.</source>
        <translation>
            <numerusform>应用在发送任何内容之前已取消；这 %n 项更改仍在待应用队列中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another window&apos;s apply to this account to finish: Harness saves one document per account, so writes go one at a time.</source>
        <translation>正在等待另一个窗口对此账户的应用完成：Harness 每个账户只保存一个文档，因此写入须逐个进行。</translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n change(s) one at a time to find the ones Harness refuses…</source>
        <translation>
            <numerusform>正在逐个发送这 %n 项更改，以找出 Harness 拒绝的更改…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not take and are still queued.</source>
        <translation>
            <numerusform>%n 项更改未生效，仍在待应用队列中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness answered with its generic internal error, which it also gives when one field is not accepted on %1; it names no field and saved nothing of that request. Send its %n change(s) one at a time to find the refused ones? Those Harness accepts are saved.</source>
        <translation>
            <numerusform>Harness 返回了通用的内部错误；当 %1 上有某个字段不被接受时，它也会返回此错误。该错误未指明字段，且该请求的任何内容均未保存。是否逐个发送其中的 %n 项更改以找出被拒绝的更改？Harness 接受的更改将被保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Harness refuses %1 on %2: a request with that field alone got its generic internal error, and nothing of it was saved.</source>
        <translation>Harness 拒绝 %2 上的 %1：仅含该字段的请求同样收到了通用的内部错误，且其内容均未保存。</translation>
    </message>
    <message>
        <source>Find the refused fields</source>
        <translation>查找被拒绝的字段</translation>
    </message>
    <message>
        <source>Send each change of the refused request on its own, one after another, then read back</source>
        <translation>将被拒绝请求中的每项更改逐个单独发送，然后回读</translation>
    </message>
    <message numerus="yes">
        <source>Sent one at a time, every change took (%n in all); the server confirmed each one.</source>
        <translation>
            <numerusform>逐个发送后，所有更改均已生效（共 %n 项）；服务器已逐一确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Harness refuses %n field(s) on %1, which stay queued: %2.</source>
        <translation>
            <numerusform>Harness 拒绝了 %1 上的 %n 个字段，它们仍在待应用队列中：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) took.</source>
        <translation>
            <numerusform>其余 %n 项更改已生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Harness refused this change when it was sent alone (HTTP %1, correlation ID %2).</source>
        <translation>单独发送此更改时，Harness 拒绝了它（HTTP %1，关联 ID %2）。</translation>
    </message>
    <message>
        <source>Apply in flight</source>
        <translation>应用进行中</translation>
    </message>
    <message>
        <source>Changes are being sent to %1, and the server has not confirmed them yet.</source>
        <translation>正在向 %1 发送更改，服务器尚未确认。</translation>
    </message>
    <message>
        <source>Wait, and the window closes once the apply has settled. If you close now, the outcome is unknown: the app checks what took the next time you open this account.</source>
        <translation>请等待，应用完成后窗口将自动关闭。如果现在关闭，结果将无法确定：下次打开此账户时，本应用会检查哪些更改已生效。</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>等待(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>仍然关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The window closes once the apply to %1 has settled.</source>
        <translation>对 %1 的应用完成后，窗口将关闭。</translation>
    </message>
    <message numerus="yes">
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of its change(s) took.</source>
        <translation>
            <numerusform>对 %2 上的 %1 的应用进行期间本应用被关闭（%3）；服务器显示其全部 %n 项更改均已生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>The app was closed while an apply to %1 on %2 was in flight (%3); %4 of its changes took, these did not: %5. Queue them again if you still want them.</source>
        <translation>对 %2 上的 %1 的应用进行期间本应用被关闭（%3）；其中 %4 项更改已生效，以下更改未生效：%5。如果仍需要，请重新将它们加入待应用队列。</translation>
    </message>
    <message>
        <source>Edit &amp;override…</source>
        <translation>编辑覆盖值(&amp;O)…</translation>
    </message>
    <message>
        <source>Type a new image for the selected field (F2)</source>
        <translation>为所选字段输入新镜像（F2）</translation>
    </message>
    <message>
        <source>Show all fields</source>
        <translation>显示所有字段</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>编辑配置文件…</translation>
    </message>
    <message>
        <source>No field matches “%1”.</source>
        <translation>没有与“%1”匹配的字段。</translation>
    </message>
    <message>
        <source>No field is overridden here: every field uses Harness&apos;s default image.</source>
        <translation>此处没有被覆盖的字段：所有字段都使用 Harness 的默认镜像。</translation>
    </message>
    <message>
        <source>Open the profile to enter a new API key</source>
        <translation>打开配置文件以输入新的 API 密钥</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n field(s) read-only</source>
        <translation>
            <numerusform>%1 · %n 个字段只读</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent values that are not image references for: %1. They show as the server sent them and are never changed or sent back.</source>
        <translation>服务器为以下字段发送了非镜像引用的值：%1。这些值按服务器发送的原样显示，不会被更改或发回。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&amp;Mirror to a registry…</source>
        <translation>镜像到镜像仓库(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now point at the mirror. Review and apply them when the images are copied.</source>
        <translation>
            <numerusform>%n 个字段现已指向镜像源。请在镜像复制完成后检查并应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Open an account first: the comparison starts from what this window shows.</source>
        <translation>请先打开一个账户：比较将从此窗口显示的内容开始。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;See and change the container images Harness CI runs pipelines with.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Application ID: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;查看和更改 Harness CI 运行流水线所用的容器镜像。&lt;/p&gt;&lt;p&gt;依据 Apache License 2.0 版授权。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;应用程序 ID：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An apply to %1 is still running; switch to another profile once it has settled.</source>
        <translation>对 %1 的应用仍在进行；请在其完成后再切换到其他配置文件。</translation>
    </message>
</context>
<context>
    <name>hci::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Try the same again</source>
        <translation>再次尝试同一操作</translation>
    </message>
    <message>
        <source>Show what the server answered, with its correlation ID</source>
        <translation>显示服务器的响应及其关联 ID</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>建议的下一步</translation>
    </message>
</context>
<context>
    <name>hci::MirrorDialog</name>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>所选行（%n）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All rows</source>
        <translation>所有行(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;copy list…</source>
        <translation>保存复制清单(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Queue overrides</source>
        <translation>将覆盖值加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Mirror to a registry</source>
        <translation>镜像到镜像仓库</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>In the mirror</source>
        <translation>镜像源中已有</translation>
    </message>
    <message>
        <source>&amp;Target prefix:</source>
        <translation>目标前缀(&amp;T)：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Each image is copied under the prefix with its repository path and tag; the fields are then pointed at the copies. Copy the images (the copy list has a skopeo script) before pipelines run with the new overrides.</source>
        <translation>每个镜像会连同其仓库路径和标签复制到该前缀下；随后字段将指向这些副本。请在流水线使用新的覆盖值运行之前复制这些镜像（复制清单附带 skopeo 脚本）。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before applying.</source>
        <translation>
            <numerusform>%n 个镜像尚不在镜像源中：请在应用前复制它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be checked: %1</source>
        <translation>
            <numerusform>%n 个镜像无法检查：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mirror holds every image these fields would use.</source>
        <translation>镜像源中已有这些字段将使用的所有镜像。</translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>没有要指向镜像源的字段。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: copy it first</source>
        <translation>否：请先复制</translation>
    </message>
    <message>
        <source>Saved the copy list to %1 and its skopeo script to %2.</source>
        <translation>已将复制清单保存到 %1，并将其 skopeo 脚本保存到 %2。</translation>
    </message>
    <message>
        <source>Save Copy List</source>
        <translation>保存复制清单</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not queued:</source>
        <translation>未加入队列：</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPlan</name>
    <message>
        <source>There is no field &quot;%1&quot; here.</source>
        <translation>此处没有字段“%1”。</translation>
    </message>
    <message>
        <source>%1 is read-only: it is not mirrored.</source>
        <translation>%1 为只读：不会被镜像。</translation>
    </message>
    <message>
        <source>%1 has no image to mirror.</source>
        <translation>%1 没有可镜像的镜像。</translation>
    </message>
    <message>
        <source>%1 already uses the mirror: %2</source>
        <translation>%1 已在使用镜像源：%2</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; cannot be mirrored: %3</source>
        <translation>%1 = &quot;%2&quot; 无法镜像：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Point %n field(s) at the mirror %1</source>
        <translation>
            <numerusform>将 %n 个字段指向镜像源 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPrefix</name>
    <message>
        <source>Enter the mirror&apos;s registry and path, for example artifactory.example.com/harness-mirror.</source>
        <translation>请输入镜像源的镜像仓库和路径，例如 artifactory.example.com/harness-mirror。</translation>
    </message>
    <message>
        <source>Leave out the scheme: enter the registry host and path, for example artifactory.example.com/harness-mirror.</source>
        <translation>请省略协议部分：输入镜像仓库主机和路径，例如 artifactory.example.com/harness-mirror。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: %2</source>
        <translation>“%1”不是镜像仓库路径：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a registry host: name one with a dot or a port, for example registry.example.com/%1 or localhost:5000/%1.</source>
        <translation>“%1”未以镜像仓库主机开头：请指定带点或端口的主机，例如 registry.example.com/%1 或 localhost:5000/%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry path: leave out tags and digests.</source>
        <translation>“%1”不是镜像仓库路径：请省略标签和摘要。</translation>
    </message>
</context>
<context>
    <name>hci::MirrorPresence</name>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>无法检查：%1</translation>
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
        <translation>虚拟机</translation>
    </message>
</context>
<context>
    <name>hci::OtherScope</name>
    <message>
        <source>That profile no longer exists.</source>
        <translation>该配置文件已不存在。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>无法打开“%1”。%2</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n field(s)</source>
        <translation>
            <numerusform>复制 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: the server sent a value this app does not edit.</source>
        <translation>%1 为只读：服务器返回了此应用不支持编辑的值。</translation>
    </message>
</context>
<context>
    <name>hci::OverrideEditor</name>
    <message>
        <source>Empty resets to the default</source>
        <translation>留空则重置为默认值</translation>
    </message>
    <message>
        <source>Empty resets the field to its default</source>
        <translation>留空则将字段重置为默认值</translation>
    </message>
    <message>
        <source>Sets %1</source>
        <translation>设为 %1</translation>
    </message>
</context>
<context>
    <name>hci::OverridesFile</name>
    <message>
        <source>It is not JSON: %1 at character %2.</source>
        <translation>该文件不是 JSON：第 %2 个字符处 %1。</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>该文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>It names no format; an exported file says &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>该文件未指定格式；导出的文件中应有 &quot;format&quot;: &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Its format is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>其格式为 &quot;%1&quot;，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>It has no &quot;scopes&quot; array.</source>
        <translation>该文件中没有 &quot;scopes&quot; 数组。</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>%1: needs &quot;module&quot; (ci, iacm or idp) and &quot;infra&quot; (K8 or VM).</source>
        <translation>%1：需要 &quot;module&quot;（ci、iacm 或 idp）和 &quot;infra&quot;（K8 或 VM）。</translation>
    </message>
    <message>
        <source>%1: %2 is in the file twice.</source>
        <translation>%1：%2 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;overrides&quot; is not an object of field names and images.</source>
        <translation>%1（%2）：&quot;overrides&quot; 不是由字段名和镜像组成的对象。</translation>
    </message>
    <message>
        <source>%1: %2 is not an image reference.</source>
        <translation>%1：%2 不是镜像引用。</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot;: %4</source>
        <translation>%1：%2 = &quot;%3&quot;：%4</translation>
    </message>
</context>
<context>
    <name>hci::OverridesFileActions</name>
    <message>
        <source>Overrides file (*.json)</source>
        <translation>覆盖值文件 (*.json)</translation>
    </message>
    <message>
        <source>Terraform (*.tf)</source>
        <translation>Terraform (*.tf)</translation>
    </message>
    <message>
        <source>&amp;Export overrides…</source>
        <translation>导出覆盖值(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import overrides…</source>
        <translation>导入覆盖值(&amp;I)…</translation>
    </message>
    <message>
        <source>Write the overrides to a JSON or Terraform file; the API key stays out</source>
        <translation>将覆盖值写入 JSON 或 Terraform 文件；不包含 API 密钥</translation>
    </message>
    <message>
        <source>Queue the overrides of an exported file here; nothing is sent before the review</source>
        <translation>将导出文件中的覆盖值加入此处的待应用队列；检查之前不会发送任何内容</translation>
    </message>
    <message>
        <source>Export overrides</source>
        <translation>导出覆盖值</translation>
    </message>
    <message>
        <source>Import overrides</source>
        <translation>导入覆盖值</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Export the overrides of %1 only, or of every module and infrastructure?</source>
        <translation>仅导出 %1 的覆盖值，还是导出所有模块和基础设施的覆盖值？</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Nothing was written: another account was opened while the overrides were read.</source>
        <translation>未写入任何内容：读取覆盖值期间打开了另一个账户。</translation>
    </message>
    <message>
        <source>Nothing was written: %1 could not be read.</source>
        <translation>未写入任何内容：无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个覆盖值导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was queued.</source>
        <translation>无法导入 %1；未加入任何待应用更改。</translation>
    </message>
    <message>
        <source>This file was exported from account %1, and this window is open on account %2. Queue its overrides here?</source>
        <translation>此文件是从账户 %1 导出的，而此窗口打开的是账户 %2。要将其覆盖值加入此处的待应用队列吗？</translation>
    </message>
    <message>
        <source>&amp;Queue here</source>
        <translation>在此加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Not imported, because this window shows %1: %2. Switch to each and import the file again.</source>
        <translation>未导入，因为此窗口显示的是 %1：%2。请逐一切换到这些范围并重新导入该文件。</translation>
    </message>
    <message>
        <source>The file has no overrides for %1; nothing was queued.</source>
        <translation>该文件中没有 %1 的覆盖值；未加入任何待应用更改。</translation>
    </message>
    <message>
        <source>An apply is in progress; import the file once it is done.</source>
        <translation>正在进行应用；请在完成后再导入该文件。</translation>
    </message>
    <message>
        <source>Not queued, because %1 does not list them on this account: %2.</source>
        <translation>未加入队列，因为 %1 在此账户上未列出它们：%2。</translation>
    </message>
    <message>
        <source>The overrides of %1 already equal the file&apos;s: nothing to change.</source>
        <translation>%1 的覆盖值已与文件中的一致：无需更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued from the file; nothing is sent until you apply.</source>
        <translation>
            <numerusform>已从文件加入 %n 项待应用更改；在您应用之前不会发送任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::OverridesImport</name>
    <message>
        <source>Import overrides</source>
        <translation>导入覆盖值</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;：%3</translation>
    </message>
</context>
<context>
    <name>hci::Profile</name>
    <message>
        <source>Environment (HARNESS_API_KEY)</source>
        <translation>环境变量（HARNESS_API_KEY）</translation>
    </message>
    <message>
        <source>HARNESS_BASE_URL cannot be used: %1</source>
        <translation>无法使用 HARNESS_BASE_URL：%1</translation>
    </message>
    <message>
        <source>Set HARNESS_ACCOUNT_ID: the key in HARNESS_API_KEY does not name an account.</source>
        <translation>请设置 HARNESS_ACCOUNT_ID：HARNESS_API_KEY 中的密钥未指明账户。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <source>Enter the account ID (it fills itself in from a pat. or sat. key).</source>
        <translation>请输入账户 ID（使用 pat. 或 sat. 密钥时会自动填写）。</translation>
    </message>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>沙盒（内置）</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>未命名的配置文件</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>hci::ProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the key in &amp;memory for this run</source>
        <translation>仅在本次运行期间将密钥保存在内存中(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION</source>
        <translation>%1 — 生产环境</translation>
    </message>
    <message>
        <source>New profile (not saved)</source>
        <translation>新配置文件（未保存）</translation>
    </message>
    <message>
        <source>The sandbox is a Harness-compatible server inside this app, on 127.0.0.1, with the documented default images and a few demo overrides. Nothing leaves this computer, and its changes are forgotten when the app quits.</source>
        <translation>沙盒是此应用内置的 Harness 兼容服务器，运行在 127.0.0.1 上，带有文档所列的默认镜像和一些演示用覆盖值。所有数据都不会离开这台计算机，其更改会在退出应用时被遗忘。</translation>
    </message>
    <message>
        <source>From the environment: HARNESS_API_KEY, with HARNESS_ACCOUNT_ID and HARNESS_BASE_URL when set. Account %1 on %2. Used for this run as it is and never stored; change the variables to change it.</source>
        <translation>来自环境变量：HARNESS_API_KEY，以及已设置的 HARNESS_ACCOUNT_ID 和 HARNESS_BASE_URL。%2 上的账户 %1。本次运行按原样使用，从不保存；如需更改，请修改这些变量。</translation>
    </message>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>请输入此配置文件的 API 密钥。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>正在保存密钥…</translation>
    </message>
    <message>
        <source>The profile is saved, but its key is not.</source>
        <translation>配置文件已保存，但其密钥未保存。</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is kept in memory for this run only.</source>
        <translation>已保存“%1”。其密钥仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>Saved “%1”. Its key is in the system keychain.</source>
        <translation>已保存“%1”。其密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Made “%1”; the original had no key to copy, so enter one.</source>
        <translation>已创建“%1”；原配置文件没有可复制的密钥，请输入一个。</translation>
    </message>
    <message>
        <source>Made “%1”, but its key could not be copied.</source>
        <translation>已创建“%1”，但无法复制其密钥。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>要删除配置文件“%1”吗？</translation>
    </message>
    <message>
        <source>Its API key is removed from the system keychain too.</source>
        <translation>其 API 密钥也将从系统密钥环中移除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>未删除“%1”。</translation>
    </message>
    <message>
        <source>Deleted “%1” and its key.</source>
        <translation>已删除“%1”及其密钥。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>要保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>密钥环返回：%1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>复制(&amp;I)</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>重试(&amp;G)</translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation>连接(&amp;E)</translation>
    </message>
    <message>
        <source>The built-in sandbox, the environment&apos;s key when set, and your profiles</source>
        <translation>内置沙盒、已设置时的环境变量密钥，以及您的配置文件</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Copy the selected profile and its key under a new name</source>
        <translation>以新名称复制所选配置文件及其密钥</translation>
    </message>
    <message>
        <source>Delete the selected profile and remove its key from the keychain</source>
        <translation>删除所选配置文件，并从密钥环中移除其密钥</translation>
    </message>
    <message>
        <source>Use keys without saving them for the rest of this run; they are forgotten when the app quits</source>
        <translation>在本次运行的剩余时间内使用密钥但不保存；退出应用后即被遗忘</translation>
    </message>
    <message>
        <source>Try the keychain again, e.g. after starting or unlocking it</source>
        <translation>再次尝试密钥环，例如在启动或解锁之后</translation>
    </message>
    <message>
        <source>Save the profile; a typed key goes to the system keychain</source>
        <translation>保存配置文件；输入的密钥会存入系统密钥环</translation>
    </message>
    <message>
        <source>Save any changes and open the selected profile</source>
        <translation>保存所有更改并打开所选配置文件</translation>
    </message>
    <message>
        <source>Close this window; unsaved changes are asked about first</source>
        <translation>关闭此窗口；如有未保存的更改，会先询问</translation>
    </message>
    <message>
        <source>The mirror password was not saved. %1</source>
        <translation>镜像密码未保存。%1</translation>
    </message>
    <message>
        <source>Saves the changes first, then opens this profile</source>
        <translation>先保存更改，然后打开此配置文件</translation>
    </message>
    <message>
        <source>Open the selected profile</source>
        <translation>打开所选配置文件</translation>
    </message>
</context>
<context>
    <name>hci::ProfileEditing</name>
    <message>
        <source>Enter the API key for this profile.</source>
        <translation>请输入此配置文件的 API 密钥。</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>该配置文件已不存在。</translation>
    </message>
</context>
<context>
    <name>hci::ProfileForm</name>
    <message>
        <source>This is a &amp;production account</source>
        <translation>这是生产账户(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>例如 Acme 生产环境</translation>
    </message>
    <message>
        <source>https://harness.example.com</source>
        <translation>https://harness.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Filled in from a pat. or sat. key</source>
        <translation>根据 pat. 或 sat. 密钥自动填写</translation>
    </message>
    <message>
        <source>API key (X-API-KEY header)</source>
        <translation>API 密钥（X-API-KEY 请求头）</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer 令牌（Authorization 请求头）</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>青色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>A red PRODUCTION marker shows in the toolbar, the title and every apply review while this profile is open.</source>
        <translation>打开此配置文件期间，工具栏、标题以及每次应用前的检查中都会显示红色的“生产环境”标记。</translation>
    </message>
    <message>
        <source>Read the default images once with these settings and this key</source>
        <translation>使用这些设置和此密钥读取一次默认镜像</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>This key belongs to account %1, not %2: Harness will refuse it.</source>
        <translation>此密钥属于账户 %1，而不是 %2：Harness 会拒绝它。</translation>
    </message>
    <message>
        <source>Filled in from the key.</source>
        <translation>已根据密钥自动填写。</translation>
    </message>
    <message>
        <source>Saved in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>已保存在系统密钥环中。留空则保留，输入新密钥则替换。</translation>
    </message>
    <message>
        <source>Kept in memory for this run only. Type a new key to replace it.</source>
        <translation>仅在本次运行期间保存在内存中。输入新密钥即可替换。</translation>
    </message>
    <message>
        <source>Paste a Harness API key (pat.… or sat.…). It is saved in the system keychain only.</source>
        <translation>请粘贴 Harness API 密钥（pat.… 或 sat.…）。它只会保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>pat.… or sat.…</source>
        <translation>pat.… 或 sat.…</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>••••••••（已保存）</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>请输入 API 密钥以测试连接。</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>正在读取密钥…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: account %1 on %2 sent %n default image(s).</source>
        <translation>
            <numerusform>已连接：%2 上的账户 %1 返回了 %n 个默认镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile switcher and the window title show</source>
        <translation>配置文件切换器和窗口标题中显示的名称</translation>
    </message>
    <message>
        <source>The Harness cluster of the account; Custom URL for a vanity host or the Self-Managed Platform</source>
        <translation>账户所在的 Harness 集群；自定义域名或 Self-Managed Platform 请选择“自定义 URL”</translation>
    </message>
    <message>
        <source>The address of the Harness server; /gateway is added when missing</source>
        <translation>Harness 服务器的地址；缺少 /gateway 时会自动添加</translation>
    </message>
    <message>
        <source>A Harness API key or token; it is kept in the system keychain, never in a file</source>
        <translation>Harness API 密钥或令牌；保存在系统密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <source>The Harness account ID, sent with every request</source>
        <translation>Harness 账户 ID，随每个请求一起发送</translation>
    </message>
    <message>
        <source>How the key is sent: as an API key (the usual way), or as a Bearer token</source>
        <translation>密钥的发送方式：作为 API 密钥（通常方式），或作为 Bearer 令牌</translation>
    </message>
    <message>
        <source>The colour of this profile&apos;s marker in the toolbar</source>
        <translation>此配置文件在工具栏中标记的颜色</translation>
    </message>
    <message>
        <source>Cluste&amp;r:</source>
        <translation>集群(&amp;R)：</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>账户 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>身份验证(&amp;H)：</translation>
    </message>
    <message>
        <source>Registry mirror for Harness images</source>
        <translation>Harness 镜像的仓库镜像</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub</source>
        <translation>在此仓库而非 Docker Hub 中查找 Harness 镜像 (harness/*、plugins/*) 的标签，例如 mirror.example.com 或 mirror.example.com:5000/dockerhub</translation>
    </message>
    <message>
        <source>A user name for a private mirror; leave empty when it needs none</source>
        <translation>私有镜像的用户名；不需要时留空</translation>
    </message>
    <message>
        <source>Mirror password</source>
        <translation>镜像密码</translation>
    </message>
    <message>
        <source>The mirror&apos;s password or access token; it is kept in the system keychain, never in a file. Leave empty to keep the stored one.</source>
        <translation>镜像的密码或访问令牌；保存在系统钥匙串中，绝不写入文件。留空则保留已保存的密码。</translation>
    </message>
    <message>
        <source>Mirror pass&amp;word:</source>
        <translation>镜像密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Registry mirror: %1</source>
        <translation>仓库镜像：%1</translation>
    </message>
    <message>
        <source>Registr&amp;y mirror:</source>
        <translation>仓库镜像(&amp;Y)：</translation>
    </message>
    <message>
        <source>User &amp;for the mirror:</source>
        <translation>镜像用户名(&amp;F)：</translation>
    </message>
    <message>
        <source>Registry mirror sign-in…</source>
        <translation>镜像源登录…</translation>
    </message>
    <message>
        <source>A user name and password for a private mirror; leave it folded when the mirror needs none</source>
        <translation>私有镜像源的用户名和密码；如果镜像源不需要，请保持折叠</translation>
    </message>
</context>
<context>
    <name>hci::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Switch to another connection profile</source>
        <translation>切换到其他连接配置文件</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>选择配置文件…</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>生产环境 · %1</translation>
    </message>
    <message>
        <source>Production account on %1</source>
        <translation>%1 上的生产账户</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1: a production account, changes here affect real pipelines.</source>
        <translation>%1：生产账户，此处的更改会影响真实的流水线。</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>当前打开：%1</translation>
    </message>
</context>
<context>
    <name>hci::RegistryClient</name>
    <message>
        <source>the next page is on %1</source>
        <translation>下一页位于 %1</translation>
    </message>
</context>
<context>
    <name>hci::RegistryError</name>
    <message>
        <source>The registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>This is not an image reference the registry can be asked about.</source>
        <translation>这不是可以向镜像仓库查询的镜像引用。</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>无法连接 %1。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate was not trusted.</source>
        <translation>与 %1 的安全连接失败；其证书不受信任。</translation>
    </message>
    <message>
        <source>%1 refused the lookup: the image is private, or the credentials for it are wrong.</source>
        <translation>%1 拒绝了查询：该镜像是私有的，或其凭据有误。</translation>
    </message>
    <message>
        <source>%1 has no such image.</source>
        <translation>%1 中没有此镜像。</translation>
    </message>
    <message>
        <source>%1 is limiting requests; try again later.</source>
        <translation>%1 正在限制请求；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 返回了 HTTP 状态 %2。</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 返回了无法读取的响应。</translation>
    </message>
    <message>
        <source>%1 sent more than the app reads.</source>
        <translation>%1 发送的数据超出了应用读取的上限。</translation>
    </message>
    <message>
        <source>%1 sent the lookup elsewhere; it was not followed.</source>
        <translation>%1 将查询重定向到了别处；未跟随重定向。</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>查询已取消。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 was not asked: registry lookups stay on this computer (HARNESS_CI_IMAGES_OFFLINE is set).</source>
        <translation>未询问 %1：镜像仓库查询仅限于本机（已设置 HARNESS_CI_IMAGES_OFFLINE）。</translation>
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
        <translation>“%1”不是镜像仓库主机：请指定一个，例如 mirror.example.com。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https://.</source>
        <translation>明文 http:// 仅允许用于本机；请使用 https://。</translation>
    </message>
</context>
<context>
    <name>hci::SandboxLoader</name>
    <message>
        <source>The module %1 cannot be loaded: %2</source>
        <translation>无法加载模块 %1：%2</translation>
    </message>
    <message>
        <source>The module %1 belongs to another version of the app; reinstall the app.</source>
        <translation>模块 %1 属于另一个版本的应用；请重新安装应用。</translation>
    </message>
    <message>
        <source>The module %1 is not installed (looked in %2); reinstall the app.</source>
        <translation>模块 %1 未安装（已在 %2 中查找）；请重新安装应用。</translation>
    </message>
</context>
<context>
    <name>hci::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: it may be in use.</source>
        <translation>无法在 127.0.0.1 的端口 %1 上监听：该端口可能已被占用。</translation>
    </message>
    <message>
        <source>The API key, the read-only key and the key without rights must differ.</source>
        <translation>API 密钥、只读密钥和无权限密钥必须互不相同。</translation>
    </message>
</context>
<context>
    <name>hci::SecretStore</name>
    <message>
        <source>The API key could not be read from the keychain.</source>
        <translation>无法从密钥环读取 API 密钥。</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain.</source>
        <translation>无法将 API 密钥保存到密钥环。</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain.</source>
        <translation>无法从密钥环移除 API 密钥。</translation>
    </message>
    <message>
        <source>No API key is stored for this profile. Open Profiles…, enter the key and save.</source>
        <translation>此配置文件没有保存 API 密钥。请打开“配置文件…”，输入密钥并保存。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example in Passwords and Keys, or KWallet Manager) and try again.</source>
        <translation>密钥环已锁定或拒绝了访问。请将其解锁（例如在“密码和密钥”或 KWallet 管理器中）后重试。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Try again, and allow Harness CI Images when the keychain asks.</source>
        <translation>访问密钥环被拒绝。请重试，并在密钥环询问时允许 Harness CI Images。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Check that gnome-keyring or KWallet is running and unlocked and try again, or keep the key in memory for this run only.</source>
        <translation>密钥环报告了错误。请检查 gnome-keyring 或 KWallet 是否正在运行且已解锁，然后重试，或者仅在本次运行期间将密钥保存在内存中。</translation>
    </message>
    <message>
        <source>No keychain is running in this session. Start gnome-keyring (GNOME and most desktops) or KWallet (KDE) and try again; or keep the key in memory for this run only, or set HARNESS_API_KEY before starting the app.</source>
        <translation>本会话中没有运行密钥环。请启动 gnome-keyring（GNOME 及大多数桌面）或 KWallet（KDE）后重试；或者仅在本次运行期间将密钥保存在内存中，或在启动应用前设置 HARNESS_API_KEY。</translation>
    </message>
</context>
<context>
    <name>hci::ServerQuirks</name>
    <message>
        <source>Harness lists %1 for %2, but refuses to change it there: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness 为 %2 列出了 %1，但拒绝在此处更改它：对它的更新或重置会因通用服务器错误而失败，且该请求中的其他内容也都不会保存。</translation>
    </message>
    <message>
        <source>Harness refuses to change %1 for %2: an update or reset of it fails with a generic server error, and nothing else of that request is saved.</source>
        <translation>Harness 拒绝为 %2 更改 %1：对它的更新或重置会因通用服务器错误而失败，且该请求中的其他内容也都不会保存。</translation>
    </message>
</context>
<context>
    <name>hci::SinceLastLookPanel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sho&amp;w these rows</source>
        <translation>显示这些行(&amp;W)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Select the rows that changed in the table</source>
        <translation>在表格中选中已更改的行</translation>
    </message>
    <message>
        <source>Hide this summary; it does not come back for the same change</source>
        <translation>隐藏此摘要；同一更改不会再次显示</translation>
    </message>
    <message>
        <source>Changed on the server since you last looked (%1):</source>
        <translation>自您上次查看以来服务器上的更改（%1）：</translation>
    </message>
    <message numerus="yes">
        <source>Harness changed %n default(s):</source>
        <translation>
            <numerusform>Harness 更改了 %n 个默认值：</numerusform>
        </translation>
    </message>
    <message>
        <source>  • %1: %2 → %3</source>
        <translation>  • %1：%2 → %3</translation>
    </message>
    <message>
        <source> (your override %1 is no longer supported)</source>
        <translation> （您的覆盖值 %1 已不再受支持）</translation>
    </message>
    <message>
        <source> (your override %1 is now behind)</source>
        <translation> （您的覆盖值 %1 现已落后）</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) changed outside this app:</source>
        <translation>
            <numerusform>有 %n 个覆盖值在此应用之外被更改：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::TagCompleter</name>
    <message>
        <source>Tags of the image</source>
        <translation>镜像的标签</translation>
    </message>
    <message>
        <source>Looking up the tags of %1…</source>
        <translation>正在查询 %1 的标签…</translation>
    </message>
    <message>
        <source>%1 has no tag &quot;%2&quot; in its registry; the apply will ask you to confirm it.</source>
        <translation>%1 的镜像仓库中没有标签“%2”；应用时会请您确认。</translation>
    </message>
    <message>
        <source>It is older than the default, %1.</source>
        <translation>它比默认值 %1 旧。</translation>
    </message>
    <message>
        <source>No tag list: tags are not looked up here</source>
        <translation>无标签列表：此处不查询标签</translation>
    </message>
    <message>
        <source>Type a tag or a full reference.</source>
        <translation>请输入标签或完整引用。</translation>
    </message>
    <message>
        <source>No tag list yet: still looking</source>
        <translation>暂无标签列表：仍在查询</translation>
    </message>
    <message>
        <source>No tag list: registry out of reach</source>
        <translation>无标签列表：无法访问镜像仓库</translation>
    </message>
    <message>
        <source>The registry of %1 could not be reached: %2 Type a tag; it is still accepted.</source>
        <translation>无法访问 %1 的镜像仓库：%2 请输入标签；输入的标签仍会被接受。</translation>
    </message>
    <message>
        <source>No tag list: the registry has no tags</source>
        <translation>无标签列表：镜像仓库中没有标签</translation>
    </message>
    <message>
        <source>The registry lists no tags for %1.</source>
        <translation>镜像仓库中没有列出 %1 的标签。</translation>
    </message>
    <message>
        <source>Tags unknown. A typed tag is still accepted.</source>
        <translation>标签未知。输入的标签仍会被接受。</translation>
    </message>
    <message>
        <source>The tags of %1 could not be looked up: %2</source>
        <translation>无法查询 %1 的标签：%2</translation>
    </message>
    <message>
        <source>It is ahead of Harness&apos;s default, %1.</source>
        <translation>它领先于 Harness 的默认值 %1。</translation>
    </message>
</context>
<context>
    <name>hci::TagTexts</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>newest release</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>supported (latest-1)</source>
        <translation>受支持（最新−1）</translation>
    </message>
    <message>
        <source>supported (latest-2)</source>
        <translation>受支持（最新−2）</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>supported (latest)</source>
        <translation>受支持（最新）</translation>
    </message>
    <message>
        <source>outside the supported window</source>
        <translation>超出受支持范围</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
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
            <numerusform>%1 比 Harness 的当前版本 %2 落后 %n 个版本：Harness 支持附加组件和 Lite Engine 的最新三个版本（%3）；更旧的版本会在 Harness 中收到警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A newer release exists: %1 (%2 is %n release(s) behind it). This image is updated as needed; no support window applies.</source>
        <translation>
            <numerusform>已有更新的版本：%1（%2 落后它 %n 个版本）。此镜像按需更新，不适用支持期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of default</source>
        <translation>领先于默认值</translation>
    </message>
</context>
<context>
    <name>hci::WelcomePanel</name>
    <message>
        <source>See and change the images Harness CI runs your pipelines with</source>
        <translation>查看和更改 Harness CI 运行您的流水线所用的镜像</translation>
    </message>
    <message>
        <source>Harness&apos;s default images and your account&apos;s overrides, side by side. Edit a cell to queue a change, review it, and apply it with one click.</source>
        <translation>并排显示 Harness 的默认镜像和您账户的覆盖值。编辑单元格即可将更改加入待应用队列，检查后一键应用。</translation>
    </message>
    <message>
        <source>&amp;Connect to Harness…</source>
        <translation>连接到 Harness(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a Harness account with its URL and an API key</source>
        <translation>使用 URL 和 API 密钥打开 Harness 账户</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>试用沙盒(&amp;T)</translation>
    </message>
    <message>
        <source>Start a Harness-compatible server inside the app, with the documented default images, and open it. Nothing leaves this computer.</source>
        <translation>在应用内启动一个 Harness 兼容服务器（带有文档所列的默认镜像）并打开它。所有数据都不会离开这台计算机。</translation>
    </message>
</context>
<context>
    <name>hci::cli::CommandLine</name>
    <message>
        <source>Show every field with its default, override and state.</source>
        <translation>显示每个字段及其默认值、覆盖值和状态。</translation>
    </message>
    <message>
        <source>Shows every image field of the module and infrastructure: Harness&apos;s default, the account&apos;s override and the field&apos;s state.</source>
        <translation>显示该模块和基础设施的每个镜像字段：Harness 的默认值、账户的覆盖值以及字段的状态。</translation>
    </message>
    <message>
        <source>Show the overridden fields only.</source>
        <translation>仅显示已覆盖的字段。</translation>
    </message>
    <message>
        <source>Shows the fields whose image the account overrides, with the default beside the override.</source>
        <translation>显示账户覆盖了其镜像的字段，并在覆盖值旁列出默认值。</translation>
    </message>
    <message>
        <source>Override fields with other images.</source>
        <translation>用其他镜像覆盖字段。</translation>
    </message>
    <message>
        <source>Overrides each FIELD with the image VALUE: a whole reference (registry/path:tag), or a bare tag, which keeps the repository of the default image. The changes go out in one update, after a check that nobody changed the fields since they were read, and are read back to confirm them.</source>
        <translation>用镜像 VALUE 覆盖每个 FIELD：可以是完整引用（registry/path:tag），也可以只是标签，此时沿用默认镜像的仓库。先检查自读取以来没有人更改过这些字段，然后在一次更新中发送所有更改，并回读以确认。</translation>
    </message>
    <message>
        <source>Reset fields to Harness&apos;s defaults.</source>
        <translation>将字段重置为 Harness 的默认值。</translation>
    </message>
    <message>
        <source>Removes the overrides of the named fields, or of every field with --all, so that Harness&apos;s defaults apply again. The resets go out in one request and are read back to confirm them.</source>
        <translation>移除指定字段的覆盖值（使用 --all 时移除所有字段的覆盖值），使 Harness 的默认值重新生效。重置在一个请求中发送，并回读以确认。</translation>
    </message>
    <message>
        <source>Write the overrides to a file that apply reads.</source>
        <translation>将覆盖值写入可供 apply 读取的文件。</translation>
    </message>
    <message>
        <source>Writes the overrides of the module and infrastructure, or with --all of every module and infrastructure, as JSON (format harness-ci-images.overrides/1), or with --format terraform as harness_platform_default_images resources for Harness&apos;s Terraform provider. The file never holds a key.</source>
        <translation>将该模块和基础设施的覆盖值（使用 --all 时为所有模块和基础设施的覆盖值）写为 JSON（格式 harness-ci-images.overrides/1），或使用 --format terraform 写为 Harness Terraform provider 的 harness_platform_default_images 资源。文件中绝不包含密钥。</translation>
    </message>
    <message>
        <source>Make the overrides equal to those in an exported file.</source>
        <translation>使覆盖值与导出文件中的一致。</translation>
    </message>
    <message>
        <source>Makes the overrides of every module and infrastructure in FILE (&quot;-&quot; for standard input) equal to the file&apos;s: fields it overrides are updated, other overrides are reset. The plan is printed first. When the file names a field that the account does not have, nothing is sent.</source>
        <translation>使每个模块和基础设施的覆盖值与 FILE（&quot;-&quot; 表示标准输入）中的一致：文件覆盖的字段会被更新，其他覆盖值会被重置。会先打印计划。如果文件中列出了账户没有的字段，则不发送任何内容。</translation>
    </message>
    <message>
        <source>Point fields at a private mirror of their images.</source>
        <translation>将字段指向其镜像的私有镜像源。</translation>
    </message>
    <message>
        <source>Overrides each FIELD (every field when none is named) with its image under PREFIX, a registry host with an optional path (for example artifactory.example.com/harness-mirror): the repository path, tag and digest stay. The plan shows whether the mirror holds each image already. --copy-list FILE writes one &quot;SOURCE TARGET&quot; line per image to FILE and a script of skopeo copy commands to FILE.sh. The overrides are then applied like set.</source>
        <translation>用 PREFIX 下对应的镜像覆盖每个 FIELD（未指定字段时为所有字段），PREFIX 是镜像仓库主机，可带路径（例如 artifactory.example.com/harness-mirror）：仓库路径、标签和摘要保持不变。计划会显示镜像源中是否已有每个镜像。--copy-list FILE 会为每个镜像向 FILE 写入一行 &quot;SOURCE TARGET&quot;，并将 skopeo copy 命令脚本写入 FILE.sh。随后这些覆盖值会像 set 一样被应用。</translation>
    </message>
    <message>
        <source>List the applies made from the window and from this tool.</source>
        <translation>列出通过窗口和此工具进行的应用记录。</translation>
    </message>
    <message>
        <source>Lists the applies recorded on this computer, newest first, by the window and by this tool: when, from where, the profile, the module and infrastructure, the changes and how many the server confirmed. Shows those of the account named by --profile, --base-url or --sandbox (and of --module and --infra when given), or with --all every one. Nothing is sent to a server.</source>
        <translation>列出此计算机上记录的、由窗口和此工具进行的应用，最新的在前：时间、来源、配置文件、模块和基础设施、更改以及服务器确认的数量。显示由 --profile、--base-url 或 --sandbox 指定的账户的记录（如给出 --module 和 --infra，则仅限其范围），使用 --all 时显示全部。不会向服务器发送任何内容。</translation>
    </message>
    <message>
        <source>Undo an apply from the history.</source>
        <translation>撤销历史记录中的一次应用。</translation>
    </message>
    <message>
        <source>Sets back what the apply ID (see &quot;history&quot;) changed and the server confirmed: the earlier override, or the default where there was none. Connect to the account of that apply. Fields changed on the server since that apply are named, then set back as asked, as &quot;set&quot; does.</source>
        <translation>还原应用 ID（见 &quot;history&quot;）所做并经服务器确认的更改：恢复之前的覆盖值，原先没有覆盖值的则恢复默认值。请连接到该应用所在的账户。自该应用以来在服务器上被更改的字段会被列出，然后按要求还原，与 &quot;set&quot; 的做法相同。</translation>
    </message>
    <message>
        <source>Connect with a saved profile; its key comes from the keychain.</source>
        <translation>使用已保存的配置文件连接；其密钥取自钥匙串。</translation>
    </message>
    <message>
        <source>Connect to this Harness URL with the key in HARNESS_API_KEY.</source>
        <translation>使用 HARNESS_API_KEY 中的密钥连接到此 Harness URL。</translation>
    </message>
    <message>
        <source>The account ID for --base-url (default: the one the key names).</source>
        <translation>--base-url 使用的账户 ID（默认：密钥中指明的账户）。</translation>
    </message>
    <message>
        <source>Send the key of --base-url as a Bearer token.</source>
        <translation>将 --base-url 的密钥作为 Bearer 令牌发送。</translation>
    </message>
    <message>
        <source>Connect to a sandbox inside this run, with a few demo overrides: for trying the commands. Nothing is kept.</source>
        <translation>连接到本次运行内的沙盒，其中带有几个演示覆盖值，用于试用命令。不会保留任何内容。</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci、iacm 或 idp（默认：ci）。</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 或 VM（默认：K8）。</translation>
    </message>
    <message>
        <source>Print no progress; data, warnings and errors only.</source>
        <translation>不打印进度；仅输出数据、警告和错误。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>打印 JSON 数组而不是表格。</translation>
    </message>
    <message>
        <source>Print the plan and the requests as cURL commands (the key as $HARNESS_API_KEY); send no change.</source>
        <translation>打印计划以及以 cURL 命令表示的请求（密钥显示为 $HARNESS_API_KEY）；不发送任何更改。</translation>
    </message>
    <message>
        <source>Exit with status 1 when any field is overridden.</source>
        <translation>如有任何字段被覆盖，则以状态 1 退出。</translation>
    </message>
    <message>
        <source>Reset every overridden field.</source>
        <translation>重置所有已覆盖的字段。</translation>
    </message>
    <message>
        <source>Export every module and infrastructure.</source>
        <translation>导出所有模块和基础设施。</translation>
    </message>
    <message>
        <source>The file format: json or terraform.</source>
        <translation>文件格式：json 或 terraform。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>With --dry-run: exit with status 1 when the plan is not empty.</source>
        <translation>与 --dry-run 一起使用：计划不为空时以状态 1 退出。</translation>
    </message>
    <message>
        <source>Write the copy list to FILE and its skopeo script to FILE.sh.</source>
        <translation>将复制清单写入 FILE，并将其 skopeo 脚本写入 FILE.sh。</translation>
    </message>
    <message>
        <source>Print a JSON array of the applies, each with its id.</source>
        <translation>打印应用记录的 JSON 数组，每条都带有其 id。</translation>
    </message>
    <message>
        <source>Show the newest N applies (default: 50).</source>
        <translation>显示最新的 N 条应用记录（默认：50）。</translation>
    </message>
    <message>
        <source>Show the applies of every profile and account.</source>
        <translation>显示所有配置文件和账户的应用记录。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>See and change the container images Harness CI runs pipelines with, from a terminal or a pipeline.</source>
        <translation>在终端或流水线中查看和更改 Harness CI 运行流水线所用的容器镜像。</translation>
    </message>
    <message>
        <source>Connect with --profile, --base-url or --sandbox. &quot;%1 COMMAND --help&quot; tells more about a command.</source>
        <translation>使用 --profile、--base-url 或 --sandbox 连接。&quot;%1 COMMAND --help&quot; 可显示某个命令的详细说明。</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>上述命令之一。</translation>
    </message>
    <message>
        <source>See &quot;%1&quot;.</source>
        <translation>请参阅 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--all shows every profile and account; leave out --profile, --base-url and --sandbox.</source>
        <translation>--all 会显示所有配置文件和账户；请省略 --profile、--base-url 和 --sandbox。</translation>
    </message>
    <message>
        <source>Say whose applies to show: --profile NAME, --base-url URL, --sandbox, or --all for every one.</source>
        <translation>请指定要显示谁的应用记录：--profile NAME、--base-url URL、--sandbox，或用 --all 显示全部。</translation>
    </message>
    <message>
        <source>Choose one of --profile, --base-url and --sandbox.</source>
        <translation>请在 --profile、--base-url 和 --sandbox 中选择一个。</translation>
    </message>
    <message>
        <source>Say where to connect: --profile NAME, --base-url URL (with the key in HARNESS_API_KEY) or --sandbox.</source>
        <translation>请指定连接目标：--profile NAME、--base-url URL（密钥放在 HARNESS_API_KEY 中）或 --sandbox。</translation>
    </message>
    <message>
        <source>--account and --bearer go with --base-url only.</source>
        <translation>--account 和 --bearer 只能与 --base-url 一起使用。</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile.</source>
        <translation>--profile 需要已保存配置文件的名称。</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>未知模块“%1”：请使用 ci、iacm 或 idp。</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>未知基础设施“%1”：请使用 K8 或 VM。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>&quot;%1&quot; 不接受参数。</translation>
    </message>
    <message>
        <source>Name at least one FIELD=VALUE to set.</source>
        <translation>请至少指定一个要设置的 FIELD=VALUE。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>&quot;%1&quot; 不是 FIELD=VALUE 格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value; to go back to the default, use &quot;reset %2&quot;.</source>
        <translation>&quot;%1&quot; 没有值；要恢复为默认值，请使用 &quot;reset %2&quot;。</translation>
    </message>
    <message>
        <source>Name the fields to reset, or give --all, not both.</source>
        <translation>请指定要重置的字段或给出 --all，但不能同时使用两者。</translation>
    </message>
    <message>
        <source>&quot;export&quot; takes no arguments; -o FILE names the file.</source>
        <translation>&quot;export&quot; 不接受参数；请用 -o FILE 指定文件。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use json or terraform.</source>
        <translation>未知格式“%1”：请使用 json 或 terraform。</translation>
    </message>
    <message>
        <source>This version cannot export as %1 yet: use --format json.</source>
        <translation>此版本尚不能导出为 %1：请使用 --format json。</translation>
    </message>
    <message>
        <source>-o needs the name of a file.</source>
        <translation>-o 需要文件名。</translation>
    </message>
    <message>
        <source>Name one file to apply (&quot;-&quot; for standard input).</source>
        <translation>请指定一个要应用的文件（&quot;-&quot; 表示标准输入）。</translation>
    </message>
    <message>
        <source>--exit-code goes with --dry-run: it tells whether the plan is empty.</source>
        <translation>--exit-code 需与 --dry-run 一起使用：它表明计划是否为空。</translation>
    </message>
    <message>
        <source>Name the mirror&apos;s PREFIX, for example artifactory.example.com/harness-mirror.</source>
        <translation>请指定镜像源的 PREFIX，例如 artifactory.example.com/harness-mirror。</translation>
    </message>
    <message>
        <source>--copy-list needs the name of a file.</source>
        <translation>--copy-list 需要文件名。</translation>
    </message>
    <message>
        <source>&quot;history&quot; takes no arguments.</source>
        <translation>&quot;history&quot; 不接受参数。</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit 需要大于 0 的整数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Name the ID of one apply to revert (&quot;history&quot; lists them).</source>
        <translation>请指定要还原的一次应用的 ID（&quot;history&quot; 会列出它们）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ID of an apply: &quot;history&quot; lists them.</source>
        <translation>&quot;%1&quot; 不是应用记录的 ID：&quot;history&quot; 会列出它们。</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>请指定命令：%1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
</context>
<context>
    <name>hci::cli::ConnectionOpener</name>
    <message>
        <source>Several profiles are named &quot;%1&quot;; rename one in the app, or give the profile&apos;s ID.</source>
        <translation>有多个名为“%1”的配置文件；请在应用中重命名其中一个，或给出配置文件的 ID。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;: no profile is saved yet. Add one in the app&apos;s profile dialog, or use --base-url with HARNESS_API_KEY.</source>
        <translation>没有配置文件“%1”：尚未保存任何配置文件。请在应用的配置文件对话框中添加一个，或将 --base-url 与 HARNESS_API_KEY 一起使用。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. The saved profiles are: %2.</source>
        <translation>没有配置文件“%1”。已保存的配置文件有：%2。</translation>
    </message>
    <message>
        <source>%1 (account %2 on %3)</source>
        <translation>%1（%3 上的账户 %2）</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be read. %2</source>
        <translation>无法读取“%1”的密钥。%2</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url：%1</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>请将 HARNESS_API_KEY 设置为要与 --base-url 一起使用的 API 密钥。</translation>
    </message>
    <message>
        <source>Give --account: the key in HARNESS_API_KEY does not name one.</source>
        <translation>请给出 --account：HARNESS_API_KEY 中的密钥未指明账户。</translation>
    </message>
    <message>
        <source>account %1 on %2</source>
        <translation>%2 上的账户 %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>a sandbox in this run (account %1 on %2; nothing is kept)</source>
        <translation>本次运行中的沙盒（%2 上的账户 %1；不保留任何内容）</translation>
    </message>
</context>
<context>
    <name>hci::cli::Console</name>
    <message>
        <source>rate limited</source>
        <translation>请求频率受限</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message numerus="yes">
        <source>Harness is busy (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Harness 繁忙（%1）；将在 %n 秒后重试…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::HistoryListing</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1，失败</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url：%1</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (or several are named so). The window&apos;s profile dialog lists them; --all shows every apply.</source>
        <translation>没有配置文件“%1”（或有多个同名配置文件）。窗口的配置文件对话框中列出了所有配置文件；--all 会显示所有应用记录。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>hci::cli::Listing</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>same as default</source>
        <translation>与默认值相同</translation>
    </message>
    <message>
        <source>behind the default</source>
        <translation>落后于默认值</translation>
    </message>
    <message>
        <source>ahead of the default</source>
        <translation>领先于默认值</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>override only</source>
        <translation>仅有覆盖值</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>reset queued</source>
        <translation>重置待应用</translation>
    </message>
    <message>
        <source>unsupported release</source>
        <translation>不受支持的版本</translation>
    </message>
    <message>
        <source>default (empty override stored)</source>
        <translation>默认（存储了空覆盖值）</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>覆盖值</translation>
    </message>
</context>
<context>
    <name>hci::cli::MirrorCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Asking %1 which images it holds already…</source>
        <translation>正在询问 %1 已有哪些镜像…</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>IN MIRROR</source>
        <translation>已在镜像源中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, copy it first</source>
        <translation>否，请先复制</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the copy list of %n image(s) to %1 and its skopeo script to %2.</source>
        <translation>
            <numerusform>已将 %n 个镜像的复制清单写入 %1，并将其 skopeo 脚本写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No field to point at the mirror.</source>
        <translation>没有要指向镜像源的字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are not in the mirror yet: copy them before pipelines use the overrides.</source>
        <translation>
            <numerusform>有 %n 个镜像尚不在镜像源中：请在流水线使用这些覆盖值之前复制它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hci::cli::PlanApplier</name>
    <message>
        <source>%1 changed on the server since it was read (now %2); it is set as asked.</source>
        <translation>%1 在读取后已在服务器上被更改（当前为 %2）；仍按要求设置。</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认值</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n 项更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>%n 项重置</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sending %2…</source>
        <translation>%1：正在发送 %2…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied and confirmed.</source>
        <translation>
            <numerusform>%1：已应用并确认 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: Harness refused the changes without saying which field it did not accept (HTTP %2). Sending the %n field(s) one at a time to find out…</source>
        <translation>
            <numerusform>%1：Harness 拒绝了这些更改，但未说明不接受哪个字段（HTTP %2）。正在逐个发送这 %n 个字段以查明原因…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not confirmed: %2</source>
        <translation>%1：未确认：%2</translation>
    </message>
    <message>
        <source>%1: Harness refused %2: %3</source>
        <translation>%1：Harness 拒绝了 %2：%3</translation>
    </message>
    <message>
        <source>  Correlation ID: %1</source>
        <translation>  关联 ID：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the other %n change(s) were applied and confirmed.</source>
        <translation>
            <numerusform>%1：其余 %n 项更改已应用并确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied and confirmed before: %1</source>
        <translation>此前已应用并确认：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>hci::cli::Planner</name>
    <message>
        <source>%1: there is no field &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>%1：没有字段 &quot;%2&quot;；您是否指的是 &quot;%3&quot;？</translation>
    </message>
    <message>
        <source>%1: there is no field &quot;%2&quot; (&quot;list&quot; shows the fields).</source>
        <translation>%1：没有字段 &quot;%2&quot;（&quot;list&quot; 会显示所有字段）。</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 被指定了两次。</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 已经是 %2。</translation>
    </message>
    <message>
        <source>No field is overridden.</source>
        <translation>没有字段被覆盖。</translation>
    </message>
    <message>
        <source>%1 is not overridden: it has the default already.</source>
        <translation>%1 未被覆盖：它已是默认值。</translation>
    </message>
    <message>
        <source>%1: no changes</source>
        <translation>%1：无更改</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1：%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>no override</source>
        <translation>无覆盖值</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>默认值 %1</translation>
    </message>
</context>
<context>
    <name>hci::cli::RevertPlanner</name>
    <message>
        <source>Apply %1 has no change that the server confirmed: there is nothing to revert.</source>
        <translation>应用 %1 中没有经服务器确认的更改：没有可还原的内容。</translation>
    </message>
    <message>
        <source>%1 has the default already.</source>
        <translation>%1 已是默认值。</translation>
    </message>
    <message>
        <source>%1: the server no longer lists this field, so %2 cannot be set back.</source>
        <translation>%1：服务器已不再列出此字段，因此无法还原 %2。</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 已经是 %2。</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>%1 changed on the server since apply %2 (now %3); the revert sets it back as asked.</source>
        <translation>%1 在应用 %2 之后已在服务器上被更改（当前为 %3）；还原仍会按要求将其恢复。</translation>
    </message>
</context>
<context>
    <name>hci::cli::ScopeLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>hci::cli::Tool</name>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>PRODUCTION: %1</source>
        <translation>生产环境：%1</translation>
    </message>
    <message>
        <source>Could not read %1; nothing was changed.</source>
        <translation>无法读取 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>试运行：未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>No field is overridden on %1: every image is Harness&apos;s default.</source>
        <translation>%1 上没有字段被覆盖：所有镜像均为 Harness 的默认值。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n override(s).</source>
        <translation>
            <numerusform>已导出 %n 个覆盖值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1 cannot be applied:</source>
        <translation>无法应用 %1：</translation>
    </message>
    <message>
        <source>No apply of this account is recorded on this computer.</source>
        <translation>此计算机上没有此账户的应用记录。</translation>
    </message>
    <message>
        <source>No apply is recorded on this computer.</source>
        <translation>此计算机上没有任何应用记录。</translation>
    </message>
    <message>
        <source>&quot;revert ID&quot; undoes an apply; --json shows each field before and after.</source>
        <translation>&quot;revert ID&quot; 可撤销一次应用；--json 会显示每个字段更改前后的值。</translation>
    </message>
    <message>
        <source>There is no apply %1 in the history on this computer (&quot;history&quot; lists them).</source>
        <translation>此计算机上的历史记录中没有应用 %1（&quot;history&quot; 会列出它们）。</translation>
    </message>
    <message>
        <source>Apply %1 was made on %2, and its revert goes there too: leave out --module and --infra.</source>
        <translation>应用 %1 是在 %2 上进行的，其还原也会作用于那里：请省略 --module 和 --infra。</translation>
    </message>
    <message>
        <source>Apply %1 was made on account %2 (%3), but this connection is to account %4. Connect to the account of the apply to revert it; nothing was sent.</source>
        <translation>应用 %1 是在账户 %2（%3）上进行的，但当前连接的是账户 %4。请连接到该应用所在的账户再进行还原；未发送任何内容。</translation>
    </message>
    <message>
        <source>Reverting apply %1 of %2.</source>
        <translation>正在还原 %2 的应用 %1。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and change the container images Harness CI runs pipelines with.</source>
        <translation>查看和更改 Harness CI 运行流水线所用的容器镜像。</translation>
    </message>
    <message>
        <source>Open the built-in sandbox server.</source>
        <translation>打开内置的沙盒服务器。</translation>
    </message>
    <message>
        <source>Open this Harness URL, with the key from HARNESS_API_KEY; nothing is saved.</source>
        <translation>使用 HARNESS_API_KEY 中的密钥打开此 Harness URL；不保存任何内容。</translation>
    </message>
    <message>
        <source>The account ID (default: from the key).</source>
        <translation>账户 ID（默认：从密钥中获取）。</translation>
    </message>
    <message>
        <source>ci, iacm or idp (default: ci).</source>
        <translation>ci、iacm 或 idp（默认：ci）。</translation>
    </message>
    <message>
        <source>K8 or VM (default: K8).</source>
        <translation>K8 或 VM（默认：K8）。</translation>
    </message>
    <message>
        <source>Send the key as a Bearer token.</source>
        <translation>以 Bearer 令牌的形式发送密钥。</translation>
    </message>
    <message>
        <source>Quit once the table shows the loaded data: status 0, or 1 with the error.</source>
        <translation>表格显示加载的数据后退出：状态 0，或出错时为 1 并输出错误。</translation>
    </message>
    <message>
        <source>light, dark or system colours for this run (default: as chosen in Settings, else system).</source>
        <translation>本次运行的配色：light、dark 或 system（默认：设置中的选择，否则为 system）。</translation>
    </message>
    <message>
        <source>Look up the tags of Harness&apos;s images (harness/*, plugins/*) in this registry instead of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub.</source>
        <translation>在此镜像仓库（而非 Docker Hub）中查询 Harness 镜像（harness/*、plugins/*）的标签，例如 mirror.example.com 或 mirror.example.com:5000/dockerhub。</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;: use ci, iacm or idp.</source>
        <translation>未知模块“%1”：请使用 ci、iacm 或 idp。</translation>
    </message>
    <message>
        <source>Unknown infrastructure &quot;%1&quot;: use K8 or VM.</source>
        <translation>未知基础设施“%1”：请使用 K8 或 VM。</translation>
    </message>
    <message>
        <source>--registry-mirror: %1</source>
        <translation>--registry-mirror：%1</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.</source>
        <translation>未知配色“%1”：请使用 light、dark 或 system。</translation>
    </message>
    <message>
        <source>Set HARNESS_API_KEY to the API key to use with --base-url.</source>
        <translation>请将 HARNESS_API_KEY 设为与 --base-url 一起使用的 API 密钥。</translation>
    </message>
    <message>
        <source>Give --account: the key does not name one.</source>
        <translation>请指定 --account：密钥中未指明账户。</translation>
    </message>
    <message>
        <source>--exit-after-load needs --sandbox or --base-url.</source>
        <translation>--exit-after-load 需要 --sandbox 或 --base-url。</translation>
    </message>
    <message>
        <source>Harness CI Images</source>
        <translation>Harness CI Images</translation>
    </message>
    <message>
        <source>Account %1 on %2</source>
        <translation>%2 上的账户 %1</translation>
    </message>
</context>
</TS>
