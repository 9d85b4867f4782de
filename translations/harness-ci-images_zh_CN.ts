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
    <name>hci::AccountSession</name>
    <message>
        <source>Not confirmed: %1</source>
        <translation>未确认：%1</translation>
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
        <source>This API key lacks the permission to edit account settings; ask an account administrator to grant it, or use another key.</source>
        <translation>此 API 密钥没有编辑账户设置的权限；请让账户管理员授予该权限，或使用其他密钥。</translation>
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
        <source>Error: %1</source>
        <translation>错误：%1</translation>
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
        <source>Default image</source>
        <translation>默认镜像</translation>
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
    <message>
        <source>Overridden</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Same as default</source>
        <translation>与默认相同</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Reset queued</source>
        <translation>待重置</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Behind default</source>
        <translation>落后于默认</translation>
    </message>
    <message>
        <source>Ahead of default</source>
        <translation>领先于默认</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>无默认值</translation>
    </message>
    <message>
        <source>Unsupported release</source>
        <translation>不受支持的版本</translation>
    </message>
    <message>
        <source>Pipelines use the image Harness ships by default.</source>
        <translation>流水线使用 Harness 默认提供的镜像。</translation>
    </message>
    <message>
        <source>This account overrides the default image.</source>
        <translation>此账户覆盖了默认镜像。</translation>
    </message>
    <message>
        <source>The override has the default&apos;s value: harmless today, but it stays pinned when the default moves on.</source>
        <translation>覆盖值与默认值相同：目前无害，但默认值更新后它仍会固定在此值。</translation>
    </message>
    <message>
        <source>A new override is queued; nothing is sent until you apply.</source>
        <translation>新的覆盖值已加入待应用队列；在您应用之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>A reset to the default is queued; nothing is sent until you apply.</source>
        <translation>重置为默认值的操作已加入待应用队列；在您应用之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Harness lists this override as deprecated: a major version or more behind the default.</source>
        <translation>Harness 将此覆盖值列为已弃用：比默认值落后至少一个主版本。</translation>
    </message>
    <message>
        <source>The override is older than the default.</source>
        <translation>覆盖值比默认值旧。</translation>
    </message>
    <message>
        <source>The override is newer than the default.</source>
        <translation>覆盖值比默认值新。</translation>
    </message>
    <message>
        <source>The field is overridden, but the server has no default for it.</source>
        <translation>此字段已被覆盖，但服务器上没有它的默认值。</translation>
    </message>
    <message>
        <source>The override is more than two releases behind the image&apos;s newest tag: Harness supports the latest three.</source>
        <translation>覆盖值比镜像最新标签落后两个以上版本：Harness 只支持最新的三个版本。</translation>
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
        <source>Drop the queued change of %1</source>
        <translation>放弃 %1 的待应用更改</translation>
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
    <message>
        <source>The value of &quot;%1&quot; is not text.</source>
        <translation>“%1”的值不是文本。</translation>
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
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Drop every queued change</source>
        <translation>放弃所有待应用的更改</translation>
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
        <source>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;See and change the container images Harness CI runs pipelines with.&lt;/p&gt;&lt;p&gt;Application ID: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Harness CI Images %1&lt;/h3&gt;&lt;p&gt;查看和更改 Harness CI 运行流水线所用的容器镜像。&lt;/p&gt;&lt;p&gt;应用 ID：%2&lt;/p&gt;</translation>
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
        <source>Open account</source>
        <translation>已打开的账户</translation>
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
    <name>hci::SandboxServer</name>
    <message>
        <source>The API key and the read-only key must differ.</source>
        <translation>API 密钥与只读密钥必须不同。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: it may be in use.</source>
        <translation>无法在 127.0.0.1 的端口 %1 上监听：该端口可能已被占用。</translation>
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
        <source>The tags of %1 are unknown: %2 A typed tag is still accepted.</source>
        <translation>%1 的标签未知：%2 仍可接受手动输入的标签。</translation>
    </message>
    <message>
        <source>%1 has no tag &quot;%2&quot; in its registry; the apply will ask you to confirm it.</source>
        <translation>%1 的镜像仓库中没有标签“%2”；应用时会请您确认。</translation>
    </message>
    <message>
        <source>It is older than the default, %1.</source>
        <translation>它比默认值 %1 旧。</translation>
    </message>
</context>
<context>
    <name>hci::TagTexts</name>
    <message numerus="yes">
        <source>%1 is %n release(s) behind the newest, %2: Harness supports the latest three releases (%3); older ones get a warning in Harness.</source>
        <translation>
            <numerusform>%1 比最新的 %2 落后 %n 个版本：Harness 支持最新的三个版本（%3）；更旧的版本在 Harness 中会收到警告。</numerusform>
        </translation>
    </message>
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
