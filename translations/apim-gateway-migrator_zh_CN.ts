<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>agm</name>
    <message>
        <source>change it by hand: %1</source>
        <translation>需手动更改：%1</translation>
    </message>
    <message>
        <source>needs your answer: %1</source>
        <translation>需要你的回答：%1</translation>
    </message>
    <message>
        <source>its step was skipped</source>
        <translation>其步骤已跳过</translation>
    </message>
    <message>
        <source>switched off by the operator</source>
        <translation>已被操作员关闭</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>保留在 v1 URL 上：此网关将不会收到任何配置</translation>
    </message>
    <message>
        <source>this kind of file</source>
        <translation>此类文件</translation>
    </message>
    <message>
        <source> at line %1:%2</source>
        <translation> 位于第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> 位于第 %1 行</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>already on v2</source>
        <translation>已是 v2</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>等待回答</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>not about the gateway</source>
        <translation>与网关无关</translation>
    </message>
    <message>
        <source>to change by hand</source>
        <translation>需手动更改</translation>
    </message>
    <message>
        <source>same file as another input</source>
        <translation>与另一个输入为同一文件</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它为空</translation>
    </message>
    <message>
        <source>it contains a path; give the host only, like contoso.configuration.azure-api.net</source>
        <translation>它包含路径；请只提供主机，例如 contoso.configuration.azure-api.net</translation>
    </message>
    <message>
        <source>it is not a host name (letters, digits, hyphens and dots, optionally :port)</source>
        <translation>它不是主机名（字母、数字、连字符和点，可选 :端口）</translation>
    </message>
    <message>
        <source>it is the v1 management host, from which a v2 gateway gets no configuration; the v2 host is probably %1</source>
        <translation>它是 v1 管理主机，v2 网关无法从中获取配置；v2 主机可能是 %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>“%1”必须是%2，而不是%3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; the keys there are %3. Remove it, or use a version of the tool that knows it</source>
        <translation>%2 中存在未知键“%1”；该处的键为 %3。请将其删除，或使用支持该键的工具版本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>a recipe is a JSON object starting with {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2}</source>
        <translation>配方是以 {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2} 开头的 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a migration recipe: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>这不是迁移配方：“format”必须为“%1”</translation>
    </message>
    <message>
        <source>recipe version %1 is not supported (this version of the tool reads version %2); use the tool that wrote it, or write the recipe again</source>
        <translation>不支持配方版本 %1（此版本的工具读取版本 %2）；请使用写入该配方的工具，或重新编写配方</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag; write a pinned 2.x.y tag, optionally with @sha256:&lt;digest&gt;</source>
        <translation>“%1”不是有效的映像标记；请写入固定的 2.x.y 标记，可选附带 @sha256:&lt;digest&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a v0/v1 gateway image (or no 2.x.y version); write a pinned 2.x.y tag</source>
        <translation>“%1”是 v0/v1 网关映像（或没有 2.x.y 版本）；请写入固定的 2.x.y 标记</translation>
    </message>
    <message>
        <source>&quot;endpoint&quot; cannot be used: %1</source>
        <translation>无法使用“endpoint”：%1</translation>
    </message>
    <message>
        <source>each entry of &quot;endpoints&quot; must be an object with &quot;service&quot;, &quot;managementHost&quot; and &quot;host&quot;</source>
        <translation>“endpoints”的每个条目都必须是包含“service”、“managementHost”和“host”的对象</translation>
    </message>
    <message>
        <source>an entry of &quot;endpoints&quot;</source>
        <translation>“endpoints”的一个条目</translation>
    </message>
    <message>
        <source>&quot;host&quot; cannot be used: %1</source>
        <translation>无法使用“host”：%1</translation>
    </message>
    <message>
        <source>a skipped step is &quot;image&quot;, &quot;endpoint&quot;, &quot;security&quot; or &quot;extras&quot;</source>
        <translation>跳过的步骤为“image”、“endpoint”、“security”或“extras”</translation>
    </message>
    <message>
        <source>each entry of &quot;leftOut&quot; must be an object with &quot;rule&quot; and &quot;resource&quot; (and optionally &quot;field&quot;)</source>
        <translation>“leftOut”的每个条目都必须是包含“rule”和“resource”（以及可选的“field”）的对象</translation>
    </message>
    <message>
        <source>an entry of &quot;leftOut&quot;</source>
        <translation>“leftOut”的一个条目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no rule of this tool (the codes are those of migrate --json)</source>
        <translation>“%1”不是此工具的规则（代码即 migrate --json 中的代码）</translation>
    </message>
    <message>
        <source>cannot read the recipe: %1</source>
        <translation>无法读取配方：%1</translation>
    </message>
    <message>
        <source>this is no recipe: it is larger than 1 MiB</source>
        <translation>这不是配方：其大小超过 1 MiB</translation>
    </message>
    <message>
        <source>the tag %1 is not used: --tag overrides it</source>
        <translation>未使用标记 %1：--tag 覆盖了它</translation>
    </message>
    <message>
        <source>the tag %1 is not in the tag list; check that it exists</source>
        <translation>标记 %1 不在标记列表中；请检查它是否存在</translation>
    </message>
    <message>
        <source>the skipped steps are not used: --skip overrides them</source>
        <translation>未使用跳过的步骤：--skip 覆盖了它们</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: --endpoint overrides it</source>
        <translation>未使用终结点回答 %1：--endpoint 覆盖了它</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: no endpoint in the files needs it</source>
        <translation>未使用终结点回答 %1：文件中没有需要它的终结点</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: --endpoint overrides it</source>
        <translation>未使用服务 %1（%2）的回答：--endpoint 覆盖了它</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: no endpoint in the files names that service</source>
        <translation>未使用服务 %1（%2）的回答：文件中没有终结点指向该服务</translation>
    </message>
    <message>
        <source>the change left out (%1 on %2) matches nothing in the files</source>
        <translation>排除的更改（%2 上的 %1）与文件中的任何内容都不匹配</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <source>No fix is given: the edit touches a secret, which this report never shows. Apply it with migrate --out or --in-place.</source>
        <translation>未提供修复：该编辑涉及机密，而此报告从不显示机密。请使用 migrate --out 或 --in-place 应用它。</translation>
    </message>
    <message>
        <source>Apply the migration&apos;s edit.</source>
        <translation>应用迁移的编辑。</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>写入 %1。</translation>
    </message>
    <message>
        <source>One result per finding still to do in the files as they were read: a change the tool can make (with its fix), an answer it needs or a change by hand.</source>
        <translation>针对所读取文件中每个尚待处理的发现结果各有一个结果：工具可以进行的更改（附带其修复）、需要的回答或需手动进行的更改。</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
</context>
<context>
    <name>agm::AboutDialog</name>
    <message>
        <source>APIM Gateway Migrator %1</source>
        <translation>APIM Gateway Migrator %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（构建时使用 %2）</translation>
    </message>
    <message>
        <source>yaml-cpp %1</source>
        <translation>yaml-cpp %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting: not available in this build, so YAML is shown without token colours (build with Qt 5 + KF5, or with KF6 SyntaxHighlighting installed, to get them)</source>
        <translation>KSyntaxHighlighting：此构建中不可用，因此 YAML 显示时不带语法着色（若要启用，请使用 Qt 5 + KF5 构建，或在安装 KF6 SyntaxHighlighting 后构建）</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1</source>
        <translation>KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>About APIM Gateway Migrator</source>
        <translation>关于 APIM Gateway Migrator</translation>
    </message>
    <message>
        <source>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;Moves Azure API Management self-hosted gateway deployments from v0/v1 to v2, changing only the bytes the migration needs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;将 Azure API Management 自承载网关部署从 v0/v1 迁移到 v2，仅更改迁移所需的字节。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>&lt;p&gt;Released under the MIT licence. Not affiliated with Microsoft; Azure and API Management are trademarks of Microsoft Corporation.&lt;/p&gt;&lt;p&gt;Qt is used under the LGPL v3; yaml-cpp under the MIT licence; KSyntaxHighlighting under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;依据 MIT 许可证发布。与 Microsoft 无关联；Azure 和 API Management 是 Microsoft Corporation 的商标。&lt;/p&gt;&lt;p&gt;Qt 依据 LGPL v3 使用；yaml-cpp 依据 MIT 许可证使用；KSyntaxHighlighting 依据 MIT 许可证使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>agm::CheckResultsModel</name>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终结点</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>fails at %1: %2</source>
        <translation>在 %1 层失败：%2</translation>
    </message>
    <message>
        <source>passes, with a warning: %1</source>
        <translation>通过，但有警告：%1</translation>
    </message>
    <message>
        <source>passes (through a proxy)</source>
        <translation>通过（经由代理）</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>by the proxy</source>
        <translation>由代理解析</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1, %2 days left</source>
        <translation>%1，剩余 %2 天</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>agm::Checks</name>
    <message>
        <source>%1 passed</source>
        <translation>%1 个通过</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 个已取消</translation>
    </message>
    <message>
        <source>no endpoints checked</source>
        <translation>未检查任何终结点</translation>
    </message>
    <message>
        <source>: cancelled</source>
        <translation>: 已取消</translation>
    </message>
    <message>
        <source>: FAIL at %1</source>
        <translation>: 在 %1 层失败</translation>
    </message>
    <message>
        <source>: pass with warnings</source>
        <translation>: 通过（有警告）</translation>
    </message>
    <message>
        <source>: pass</source>
        <translation>: 通过</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  来源: %1
</translation>
    </message>
    <message>
        <source>        hint: %1
</source>
        <translation>        提示: %1
</translation>
    </message>
    <message>
        <source>  proxy: %1
</source>
        <translation>  代理: %1
</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>结果：%1。</translation>
    </message>
    <message>
        <source> Resolver: %1.</source>
        <translation> 解析程序：%1。</translation>
    </message>
    <message>
        <source> Extra CA file: %1.</source>
        <translation> 附加 CA 文件：%1。</translation>
    </message>
    <message>
        <source>empty endpoint</source>
        <translation>终结点为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; 不是有效的 URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only https endpoints are checked</source>
        <translation>&apos;%1&apos;: 仅检查 https 终结点</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no credentials in the endpoint, please</source>
        <translation>&apos;%1&apos;: 请不要在终结点中包含凭据</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>&apos;%1&apos;: 缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST[:PORT]</source>
        <translation>&apos;%1&apos; 不是 HOST[:PORT] 格式</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be a number from 1 to 65535</source>
        <translation>&apos;%1&apos;: 端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address</source>
        <translation>&apos;%1&apos; 不是主机名或 IP 地址</translation>
    </message>
    <message>
        <source>%1: %2 is built from a shell variable (%3); check the host it expands to</source>
        <translation>%1: %2 由 shell 变量构成（%3）；请检查其展开后的主机</translation>
    </message>
    <message>
        <source>v2 configuration endpoint</source>
        <translation>v2 配置终结点</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it on page 3, the configuration endpoints (Back)</source>
        <translation>%1：%2 还不是 v2 主机（%3）；请在第 3 页“配置终结点”中回答（上一步）</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it with --endpoint</source>
        <translation>%1：%2 还不是 v2 主机（%3）；请使用 --endpoint 回答</translation>
    </message>
</context>
<context>
    <name>agm::ChecksPage</name>
    <message>
        <source>Check the connection</source>
        <translation>检查连接</translation>
    </message>
    <message>
        <source>The v2 gateway must reach its configuration host on port 443. These checks run from this computer, layer by layer; the in-cluster probe runs the same checks from the gateway&apos;s own network.</source>
        <translation>v2 网关必须能通过端口 443 访问其配置主机。这些检查从本计算机逐层运行；群集内探测则从网关自身的网络运行相同的检查。</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>检查状态</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run every check again (after changing the options or the network)</source>
        <translation>再次运行所有检查（在更改选项或网络之后）</translation>
    </message>
    <message>
        <source>Cancel chec&amp;ks</source>
        <translation>取消检查(&amp;K)</translation>
    </message>
    <message>
        <source>Stop the checks that are still running</source>
        <translation>停止仍在运行的检查</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>复制为文本(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the results, the details and the pod&apos;s view to the clipboard</source>
        <translation>将结果、详细信息和 Pod 将看到的情况复制到剪贴板</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>系统解析程序</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>IP address of a DNS server to ask instead of the system resolver, e.g. one that serves the private DNS zone of an internal virtual network</source>
        <translation>代替系统解析程序进行查询的 DNS 服务器的 IP 地址，例如为内部虚拟网络提供专用 DNS 区域的服务器</translation>
    </message>
    <message>
        <source>system trust store only</source>
        <translation>仅系统信任存储</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>附加 CA 文件</translation>
    </message>
    <message>
        <source>PEM file with CA certificates to trust besides the system&apos;s, e.g. your TLS-inspecting proxy&apos;s root</source>
        <translation>包含除系统证书外还要信任的 CA 证书的 PEM 文件，例如执行 TLS 检查的代理的根证书</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>浏览以选择 CA 文件</translation>
    </message>
    <message>
        <source>host[:port], …</source>
        <translation>主机[:端口], …</translation>
    </message>
    <message>
        <source>Also check these hosts</source>
        <translation>同时检查这些主机</translation>
    </message>
    <message>
        <source>Other endpoints the gateway uses, e.g. a custom configuration hostname or dc.services.visualstudio.com for Application Insights</source>
        <translation>网关使用的其他终结点，例如自定义配置主机名，或 Application Insights 使用的 dc.services.visualstudio.com</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>DNS 服务器(&amp;D)：</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Also c&amp;heck:</source>
        <translation>同时检查(&amp;H)：</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Details of the selected endpoint</source>
        <translation>所选终结点的详细信息</translation>
    </message>
    <message>
        <source>What the gateway pod will see</source>
        <translation>网关 Pod 将看到的情况</translation>
    </message>
    <message>
        <source>Kubernetes Job</source>
        <translation>Kubernetes 作业</translation>
    </message>
    <message>
        <source>docker run</source>
        <translation>docker run</translation>
    </message>
    <message>
        <source>Probe kind</source>
        <translation>探测类型</translation>
    </message>
    <message>
        <source>In-cluster probe</source>
        <translation>群集内探测</translation>
    </message>
    <message>
        <source>Image %1: curl with a busybox shell. For every endpoint it resolves the name (getent, which honours hostAliases, else nslookup) and runs curl -v over TLS, with the gateway&apos;s proxy variables and hostAliases; it exits 1 when one fails.</source>
        <translation>映像 %1：带 busybox shell 的 curl。它会为每个终结点解析名称（使用遵循 hostAliases 的 getent，否则使用 nslookup），并使用网关的代理变量和 hostAliases 通过 TLS 运行 curl -v；任一终结点失败时以代码 1 退出。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>What the pod will see</source>
        <translation>Pod 将看到的情况</translation>
    </message>
    <message>
        <source>Export anyway: the gateway may not reach its configuration endpoint until the failure is fixed. The report records the failed checks and this acknowledgement.</source>
        <translation>仍然导出：在修复故障之前，网关可能无法访问其配置终结点。报告会记录失败的检查以及此确认。</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA 证书 (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Also check: %1.</source>
        <translation>同时检查：%1。</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>由你添加</translation>
    </message>
    <message>
        <source>&lt;b&gt;No v2 configuration host to check yet.&lt;/b&gt; Answer the endpoint step, or name hosts under Also check.</source>
        <translation>&lt;b&gt;尚无可检查的 v2 配置主机。&lt;/b&gt;请回答终结点步骤，或在“同时检查”中指定主机。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n endpoint(s) from this computer…</source>
        <translation>
            <numerusform>正在从本计算机检查 %n 个终结点…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) failed</source>
        <translation>
            <numerusform>%n 个终结点中有 %1 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>select it for the failing layer and what to do.</source>
        <translation>选择终结点可查看失败的层以及解决方法。</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) answer</source>
        <translation>
            <numerusform>%n 个终结点已响应</numerusform>
        </translation>
    </message>
    <message>
        <source>with warnings: see the details.</source>
        <translation>但有警告：请查看详细信息。</translation>
    </message>
    <message>
        <source>The endpoint answers.</source>
        <translation>终结点已响应。</translation>
    </message>
    <message>
        <source>All %1 endpoints answer.</source>
        <translation>全部 %1 个终结点均已响应。</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>没有要检查的内容。</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  来源: %1
</translation>
    </message>
    <message>
        <source>  checking…
</source>
        <translation>  正在检查…
</translation>
    </message>
    <message>
        <source>  not checked
</source>
        <translation>  未检查
</translation>
    </message>
    <message>
        <source>The files set no proxy variables and no hostAliases: the gateway connects directly and resolves names through the cluster&apos;s DNS.</source>
        <translation>文件未设置任何代理变量或 hostAliases：网关将直接连接，并通过群集的 DNS 解析名称。</translation>
    </message>
    <message>
        <source>The proxy variables and hostAliases the files give the gateway, beside this computer&apos;s own.</source>
        <translation>文件为网关指定的代理变量和 hostAliases，与本计算机自身的设置并列显示。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The gateway pod (from your files)</source>
        <translation>网关 Pod（来自你的文件）</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本计算机</translation>
    </message>
    <message>
        <source># No endpoint to probe yet.</source>
        <translation># 尚无要探测的终结点。</translation>
    </message>
    <message>
        <source>Not checked: %1
</source>
        <translation>未检查：%1
</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>网关 Pod 将看到的情况（根据文件）与本计算机的对比：
</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Copy pr&amp;obe</source>
        <translation>复制探测(&amp;O)</translation>
    </message>
    <message>
        <source>Probe a&amp;s:</source>
        <translation>探测格式(&amp;S)：</translation>
    </message>
    <message>
        <source>From the recipe %1: failed or unrun checks were acknowledged when it was written. Tick the box below only if that still holds for these files and this network.</source>
        <translation>来自配方 %1：编写该配方时已确认检查失败或未运行。仅当这对这些文件和此网络仍然成立时，才勾选下面的复选框。</translation>
    </message>
    <message>
        <source>this session checks nothing on the network (offline)</source>
        <translation>此会话不在网络上进行任何检查（脱机）</translation>
    </message>
    <message>
        <source>there is no v2 configuration host to check</source>
        <translation>没有可检查的 v2 配置主机</translation>
    </message>
    <message>
        <source>Export without checks: nothing confirms that the gateway can reach its configuration endpoint. The reports record that the checks did not run and this acknowledgement.</source>
        <translation>不经检查即导出：无法确认网关能访问其配置终结点。报告会记录检查未运行以及此确认。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; %1 Correct it and Rerun, or tick the box below to go on without checks.</source>
        <translation>&lt;b&gt;无法检查：&lt;/b&gt;%1 请更正后重新运行，或勾选下面的复选框以在不检查的情况下继续。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1), after a check failed: tick the box below to go on anyway, or Rerun the checks.</source>
        <translation>&lt;b&gt;已取消&lt;/b&gt;（%1），此前有一项检查失败：勾选下面的复选框以仍然继续，或重新运行检查。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1). You can go on without the remaining checks, or Rerun them.</source>
        <translation>&lt;b&gt;已取消&lt;/b&gt;（%1）。你可以在不进行其余检查的情况下继续，或重新运行这些检查。</translation>
    </message>
    <message>
        <source>I &amp;understand the checks failed</source>
        <translation>我了解检查未通过(&amp;U)</translation>
    </message>
    <message>
        <source>I &amp;understand the checks did not run</source>
        <translation>我了解检查未运行(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks were not run&lt;/b&gt;: this session checks nothing on the network (offline). Tick the box below to go on without them (the reports record it).</source>
        <translation>&lt;b&gt;未运行检查&lt;/b&gt;：此会话不在网络上进行任何检查（脱机）。勾选下面的复选框即可在不检查的情况下继续（报告会记录此情况）。</translation>
    </message>
</context>
<context>
    <name>agm::Core</name>
    <message>
        <source>Kubernetes YAML</source>
        <translation>Kubernetes YAML</translation>
    </message>
    <message>
        <source>Helm values</source>
        <translation>Helm values 文件</translation>
    </message>
    <message>
        <source>Kustomize</source>
        <translation>Kustomize</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Docker env file</source>
        <translation>Docker env 文件</translation>
    </message>
    <message>
        <source>Shell script</source>
        <translation>Shell 脚本</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>PowerShell 脚本</translation>
    </message>
    <message>
        <source>Helm template</source>
        <translation>Helm 模板</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>env file</source>
        <translation>env 文件</translation>
    </message>
    <message>
        <source>it holds more than %1 resources (through aliases)</source>
        <translation>它（通过别名）包含超过 %1 个资源</translation>
    </message>
    <message>
        <source>cannot copy the training set to %1: %2</source>
        <translation>无法将培训示例复制到 %1：%2</translation>
    </message>
    <message>
        <source>it does not exist; check the path</source>
        <translation>文件不存在；请检查路径</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty output folder (nothing was written).</source>
        <translation>%1 已存在；请选择空的输出文件夹（未写入任何内容）。</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; run the migration again.</source>
        <translation>%1 在读取后已在磁盘上被更改；请重新运行迁移。</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>the file is %1 MiB; the limit is %2 MiB. Split it, or migrate only the gateway&apos;s resources</source>
        <translation>文件大小为 %1 MiB，上限为 %2 MiB。请拆分文件，或仅迁移网关的资源</translation>
    </message>
    <message>
        <source>UTF-32 is not supported; save the file as UTF-8</source>
        <translation>不支持 UTF-32；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-16 at code unit %1; save the file as UTF-8</source>
        <translation>代码单元 %1 处的 UTF-16 无效；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); this looks like a binary file or another encoding. Convert it to UTF-8</source>
        <translation>UTF-8 无效（字节 0x%1）；这似乎是二进制文件或其他编码的文件。请将其转换为 UTF-8</translation>
    </message>
    <message>
        <source>the file contains NUL bytes, so it is binary, not a deployment file</source>
        <translation>文件包含 NUL 字节，因此是二进制文件，而不是部署文件</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot read it (%1); check that it exists and that you may read it</source>
        <translation>无法读取（%1）；请检查文件是否存在以及你是否有读取权限</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>字节 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;tags&quot; array</source>
        <translation>应为包含 &quot;tags&quot; 数组的 JSON 对象</translation>
    </message>
    <message>
        <source>the &quot;tags&quot; member is missing or not an array</source>
        <translation>&quot;tags&quot; 成员缺失或不是数组</translation>
    </message>
    <message>
        <source>tags[%1] is not a string (nor an object with a &quot;name&quot; string)</source>
        <translation>tags[%1] 不是字符串（也不是包含 &quot;name&quot; 字符串的对象）</translation>
    </message>
    <message>
        <source>tags[%1] is not a valid tag name</source>
        <translation>tags[%1] 不是有效的标记名称</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>it uses more than %1 aliases (a possible alias bomb)</source>
        <translation>使用了超过 %1 个别名（可能是别名炸弹）</translation>
    </message>
    <message>
        <source>Free some space or pick another folder, then run again.</source>
        <translation>请释放一些空间或选择其他文件夹，然后重新运行。</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, then run again.</source>
        <translation>请检查文件及其所在文件夹的权限，然后重新运行。</translation>
    </message>
    <message>
        <source>The file system is read-only; pick another folder.</source>
        <translation>文件系统为只读；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>It cannot be replaced in one step (a mount point, a file in use or another file system); write copies to another folder instead.</source>
        <translation>无法一步替换该文件（装载点、正在使用的文件或位于其他文件系统）；请改为将副本写入其他文件夹。</translation>
    </message>
    <message>
        <source>The disk reported an error; check it, then run again.</source>
        <translation>磁盘报告了错误；请检查磁盘，然后重新运行。</translation>
    </message>
    <message>
        <source>Check the disk and the folder, then run again.</source>
        <translation>请检查磁盘和文件夹，然后重新运行。</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 未更改。</translation>
    </message>
    <message>
        <source>The temporary file %1 could not be removed (%2); delete it.</source>
        <translation>无法删除临时文件 %1（%2）；请手动删除它。</translation>
    </message>
    <message>
        <source>cannot follow the link %1</source>
        <translation>无法跟随链接 %1</translation>
    </message>
    <message>
        <source>cannot inspect %1</source>
        <translation>无法检查 %1</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten. Choose an empty folder.</source>
        <translation>%1 已存在；未覆盖任何内容。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹；请提供文件名。</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was left unchanged; make it writable first if it should be rewritten.</source>
        <translation>%1 是只读的，因此保持不变；如需重写，请先将其设为可写。</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; they were broken: the other names keep the old content.</source>
        <translation>%1 原有 %2 个硬链接；这些链接已断开：其他名称仍保留旧内容。</translation>
    </message>
    <message>
        <source>%1 had extended attributes or an ACL; the rewritten file does not carry them over.</source>
        <translation>%1 原有扩展属性或 ACL；重写后的文件不会保留它们。</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 to write %2</source>
        <translation>无法在 %1 中创建用于写入 %2 的临时文件</translation>
    </message>
    <message>
        <source>%1 now belongs to you: its owner or group could not be kept.</source>
        <translation>%1 现在归你所有：无法保留其所有者或组。</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 was not prepared for writing.</source>
        <translation>%1 未准备好写入。</translation>
    </message>
    <message>
        <source>cannot read %1 again before replacing it</source>
        <translation>替换前无法再次读取 %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read, so it was left unchanged; run the migration again.</source>
        <translation>%1 在读取后已在磁盘上被更改，因此保持不变；请重新运行迁移。</translation>
    </message>
    <message>
        <source>%1 appeared while writing; it was not overwritten. Choose an empty folder.</source>
        <translation>写入期间出现了 %1；未将其覆盖。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>cannot move the new %1 into place</source>
        <translation>无法将新的 %1 移到目标位置</translation>
    </message>
    <message>
        <source>These files were written but could not be taken back; delete them: %1.</source>
        <translation>这些文件已写入但无法撤回；请删除它们：%1。</translation>
    </message>
    <message>
        <source>cannot create the folder %1: a file is in the way; move it or pick another folder.</source>
        <translation>无法创建文件夹 %1：该位置已有文件；请移走该文件或选择其他文件夹。</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The migrated files are written; no report was.</source>
        <translation>迁移后的文件已写入；未写入任何报告。</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1 again before rewriting it: %2</source>
        <translation>重写前无法再次读取 %1：%2</translation>
    </message>
    <message>
        <source>All or nothing: nothing was written.</source>
        <translation>全部写入或全不写入：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未更改任何内容。</translation>
    </message>
    <message>
        <source>Already rewritten, each with its original kept as .bak: %1.</source>
        <translation>以下文件已重写，每个文件的原始内容都保留为 .bak：%1。</translation>
    </message>
    <message>
        <source>the quoted string that starts here is never closed; add its closing %1</source>
        <translation>从此处开始的带引号字符串没有闭合；请添加闭合的 %1</translation>
    </message>
    <message>
        <source>a line starting with %1 inside a document; quote the value, or move a directive before &quot;---&quot;</source>
        <translation>文档内有以 %1 开头的行；请为该值加引号，或将指令移到 &quot;---&quot; 之前</translation>
    </message>
    <message>
        <source>Other text file</source>
        <translation>其他文本文件</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>CI workflow (GitHub Actions, Azure Pipelines)</source>
        <translation>CI 工作流（GitHub Actions、Azure Pipelines）</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Bicep</source>
        <translation>Bicep</translation>
    </message>
    <message>
        <source>ARM template</source>
        <translation>ARM 模板</translation>
    </message>
    <message>
        <source>cannot make the new files in %1 durable: %2</source>
        <translation>无法使 %1 中的新文件持久保存：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or folder (nothing was written).</source>
        <translation>%1 已存在；请选择其他名称或文件夹（未写入任何内容）。</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a parameters file (parameters.%1.value) or --parameters %1=...</source>
        <translation>为参数“%1”提供的值：参数文件（parameters.%1.value）或 --parameters %1=...</translation>
    </message>
    <message>
        <source>the value itself</source>
        <translation>值本身</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a .bicepparam file, a parameters file or --parameters %1=...</source>
        <translation>为参数“%1”提供的值：.bicepparam 文件、参数文件或 --parameters %1=...</translation>
    </message>
    <message>
        <source>the default of parameter &apos;%1&apos;</source>
        <translation>参数“%1”的默认值</translation>
    </message>
    <message>
        <source>the value of variable &apos;%1&apos;</source>
        <translation>变量“%1”的值</translation>
    </message>
    <message>
        <source>the workflow&apos;s inputs, variables or env</source>
        <translation>工作流的 inputs、variables 或 env</translation>
    </message>
    <message>
        <source>an ARG default before the first FROM, or docker build --build-arg</source>
        <translation>第一个 FROM 之前的 ARG 默认值，或 docker build --build-arg</translation>
    </message>
    <message>
        <source>(empty: the 0.x chart&apos;s v1 default)</source>
        <translation>（空：0.x 图表的 v1 默认值）</translation>
    </message>
    <message>
        <source>(empty: %1 from chart %2)</source>
        <translation>（空：来自图表 %2 的 %1）</translation>
    </message>
    <message>
        <source> Its default image (an empty image.tag) is %1, a v1 image.</source>
        <translation> 其默认映像（image.tag 为空）为 %1，这是 v1 映像。</translation>
    </message>
    <message>
        <source> On these charts an empty image.tag means a v1 image (1.1.2 on chart 0.3.0, 1.2.5 up to chart 1.0.0-rc.2).</source>
        <translation> 在这些图表上，image.tag 为空表示 v1 映像（图表 0.3.0 上为 1.1.2，直到图表 1.0.0-rc.2 为 1.2.5）。</translation>
    </message>
    <message>
        <source>locals { %1 = ... } in another file of the module</source>
        <translation>模块另一个文件中的 locals { %1 = ... }</translation>
    </message>
    <message>
        <source>the value given for variable &quot;%1&quot;: a .tfvars file, -var or TF_VAR_%1</source>
        <translation>为变量“%1”提供的值：.tfvars 文件、-var 或 TF_VAR_%1</translation>
    </message>
    <message>
        <source>the default of variable &quot;%1&quot;</source>
        <translation>变量“%1”的默认值</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8, so it cannot be read; rename it (the name is shown with \x escapes)</source>
        <translation>其名称不是有效的 UTF-8，因此无法读取；请将其重命名（名称以 \x 转义形式显示）</translation>
    </message>
    <message>
        <source>it is not a regular file (a FIFO, socket or device); give a file or a folder</source>
        <translation>它不是常规文件（FIFO、套接字或设备）；请提供文件或文件夹</translation>
    </message>
    <message>
        <source>a shape the %1 analyser does not read</source>
        <translation>%1 分析器无法读取的结构</translation>
    </message>
    <message>
        <source>the file could not be read as %1</source>
        <translation>无法将该文件作为 %1 读取</translation>
    </message>
    <message>
        <source>this kind of file is not edited</source>
        <translation>不编辑此类文件</translation>
    </message>
    <message>
        <source>%1 files are not edited</source>
        <translation>不编辑 %1 文件</translation>
    </message>
    <message>
        <source>no tag, which means latest</source>
        <translation>没有标记，这意味着 latest</translation>
    </message>
    <message>
        <source>pinned by digest only</source>
        <translation>仅按摘要固定</translation>
    </message>
    <message>
        <source>a v0/v1 tag</source>
        <translation>v0/v1 标记</translation>
    </message>
    <message>
        <source>a floating tag</source>
        <translation>浮动标记</translation>
    </message>
    <message>
        <source>a rolling tag</source>
        <translation>滚动标记</translation>
    </message>
    <message>
        <source>a preview tag</source>
        <translation>预览标记</translation>
    </message>
    <message>
        <source>an unusual tag</source>
        <translation>不常见的标记</translation>
    </message>
    <message>
        <source>the v2 configuration host (&lt;service&gt;.configuration.azure-api.net)</source>
        <translation>v2 配置主机（&lt;service&gt;.configuration.azure-api.net）</translation>
    </message>
    <message>
        <source>the v2 configuration host of service &apos;%1&apos; (%1.configuration.azure-api.net, or your custom configuration host)</source>
        <translation>服务“%1”的 v2 配置主机（%1.configuration.azure-api.net，或你的自定义配置主机）</translation>
    </message>
    <message>
        <source>gateway.auth.key (Helm chart 1.x) or gateway.auth.token (Arc extension)</source>
        <translation>gateway.auth.key（Helm 图表 1.x）或 gateway.auth.token（Arc 扩展）</translation>
    </message>
    <message>
        <source>the file looks like %1 without a byte-order mark (a NUL byte beside every character); save it as UTF-8, or as UTF-16 with a byte-order mark, and import it again</source>
        <translation>该文件看起来是没有字节顺序标记的 %1（每个字符旁都有一个 NUL 字节）；请将其另存为 UTF-8，或带字节顺序标记的 UTF-16，然后重新导入</translation>
    </message>
    <message>
        <source>content after the document end marker &quot;...&quot;</source>
        <translation>文档结束标记“...”之后存在内容</translation>
    </message>
    <message>
        <source>a comment needs a blank before its %1</source>
        <translation>注释的 %1 之前需要一个空白</translation>
    </message>
    <message>
        <source>%1 is not a valid escape in a double-quoted string</source>
        <translation>%1 不是双引号字符串中的有效转义</translation>
    </message>
    <message>
        <source>a pinned 2.x.y image tag</source>
        <translation>固定的 2.x.y 映像标记</translation>
    </message>
    <message>
        <source>the v2 configuration host</source>
        <translation>v2 配置主机</translation>
    </message>
    <message>
        <source>cannot read %1 to copy it beside the files that use it: %2</source>
        <translation>无法读取 %1，因此无法将其复制到使用它的文件旁边：%2</translation>
    </message>
    <message>
        <source>%1: refers to %2, which does not exist: neither the inputs nor the copies work until it does.</source>
        <translation>%1：引用了不存在的 %2：在它存在之前，输入文件和副本都无法使用。</translation>
    </message>
    <message>
        <source>%1: refers to the folder %2, which holds no kustomization.yaml: kustomize cannot build it.</source>
        <translation>%1：引用的文件夹 %2 中没有 kustomization.yaml：kustomize 无法构建它。</translation>
    </message>
    <message>
        <source>%1: refers to %2, outside the imported folder %3: the copies will not work without it. Import a folder that holds both, or copy it beside them.</source>
        <translation>%1：引用了导入文件夹 %3 之外的 %2：缺少它，副本将无法使用。请导入同时包含两者的文件夹，或将其复制到副本旁边。</translation>
    </message>
    <message>
        <source>%1: refers to %2, which could not be read (see its error), so the copies leave it out.</source>
        <translation>%1：引用的 %2 无法读取（见其错误），因此副本中不包含它。</translation>
    </message>
    <message>
        <source>%1: refers to %2, which is larger than %3 MiB, so the copies leave it out: copy it beside them by hand.</source>
        <translation>%1：引用的 %2 大于 %3 MiB，因此副本中不包含它：请手动将其复制到副本旁边。</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; the names that are not among the inputs keep the old content.</source>
        <translation>%1 有 %2 个硬链接；不在输入中的名称保留旧内容。</translation>
    </message>
    <message>
        <source>%1 keeps the old content: it could not be made a link to the new %2 again (%3).</source>
        <translation>%1 保留旧内容：无法再次将其设为指向新 %2 的链接（%3）。</translation>
    </message>
    <message>
        <source>it is another file now</source>
        <translation>它现在是另一个文件</translation>
    </message>
    <message>
        <source>Cannot read %1 to write its checksum: %2.</source>
        <translation>无法读取 %1 以写入其校验和：%2。</translation>
    </message>
</context>
<context>
    <name>agm::DiffModel</name>
    <message numerus="yes">
        <source>%n unchanged line(s) folded; press Enter to show them</source>
        <translation>
            <numerusform>已折叠 %n 行未更改的内容；按 Enter 键显示</numerusform>
        </translation>
    </message>
    <message>
        <source>No line here; the migrated text adds a line</source>
        <translation>此处无行；迁移后的文本添加了一行</translation>
    </message>
    <message>
        <source>No line here; the migration removes a line</source>
        <translation>此处无行；迁移删除了一行</translation>
    </message>
    <message>
        <source>Line %1, changed from: %2</source>
        <translation>第 %1 行，更改前：%2</translation>
    </message>
    <message>
        <source>Line %1, changed to: %2</source>
        <translation>第 %1 行，更改后：%2</translation>
    </message>
    <message>
        <source>Line %1, removed: %2</source>
        <translation>第 %1 行，已删除：%2</translation>
    </message>
    <message>
        <source>Line %1, added: %2</source>
        <translation>第 %1 行，已添加：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n 行未更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>单击或按 Enter 键显示这些行</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>迁移前</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>迁移后</translation>
    </message>
</context>
<context>
    <name>agm::DiffOverview</name>
    <message>
        <source>Where the changes are in the whole file; click to jump there</source>
        <translation>更改在整个文件中的位置；单击可跳转到该处</translation>
    </message>
    <message>
        <source>Change overview</source>
        <translation>更改概览</translation>
    </message>
    <message>
        <source>Red marks are removed or rewritten lines, green marks added lines</source>
        <translation>红色标记表示已删除或已改写的行，绿色标记表示已添加的行</translation>
    </message>
</context>
<context>
    <name>agm::DiffPane</name>
    <message>
        <source>no newline at end</source>
        <translation>末尾无换行符</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>无文本</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n 行未更改</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2, click or press Enter to show</source>
        <translation>第 %1–%2 行，单击或按 Enter 键显示</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy Original Text</source>
        <translation>复制迁移前的文本</translation>
    </message>
    <message>
        <source>Copy Migrated Text</source>
        <translation>复制迁移后的文本</translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>单击或按 Enter 键显示这些行</translation>
    </message>
</context>
<context>
    <name>agm::EndpointPage</name>
    <message>
        <source>Configuration endpoints</source>
        <translation>配置终结点</translation>
    </message>
    <message>
        <source>Every endpoint has its v2 value.</source>
        <translation>所有终结点都已有 v2 值。</translation>
    </message>
    <message>
        <source>Switch to the Configuration API v2</source>
        <translation>切换到配置 API v2</translation>
    </message>
    <message>
        <source>Each configuration endpoint is listed with its v2 value. Select a row and press F2 or Enter (or double-click its New value) to type the host; rows marked “needs your answer” cannot be derived and need the v2 host.</source>
        <translation>每个配置终结点都与其 v2 值一起列出。选择一行并按 F2 或 Enter（或双击其“新值”）以键入主机；标记为“需要你的回答”的行无法推导，需要提供 v2 主机。</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host yet: select the row, press F2 or Enter and type the host, or untick the row to leave it on the v1 URL (that gateway then receives no configuration).</source>
        <translation>
            <numerusform>%n 个终结点尚无 v2 主机：选择该行，按 F2 或 Enter 并键入主机，或取消勾选该行以将其保留在 v1 URL 上（该网关随后将不会收到任何配置）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) left on the v1 URL: this gateway will receive no configuration.</source>
        <translation>
            <numerusform>%n 个终结点保留在 v1 URL 上：此网关将不会收到任何配置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) to change by hand in files the tool cannot edit: the value to write is in the New column.</source>
        <translation>
            <numerusform>%n 个终结点需要在工具无法编辑的文件中手动更改：要写入的值在“新值”列中。</numerusform>
        </translation>
    </message>
    <message>
        <source>No configuration endpoint found in these files.</source>
        <translation>在这些文件中未找到配置终结点。</translation>
    </message>
</context>
<context>
    <name>agm::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Write migrated copies to a &amp;new folder (recommended)</source>
        <translation>将迁移后的副本写入新文件夹（推荐）(&amp;N)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Also write</source>
        <translation>同时写入</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>将写入的文件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation>将写入的文件</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>already exists: choose another folder</source>
        <translation>已存在：请选择其他文件夹</translation>
    </message>
    <message>
        <source>rewritten; original kept as .bak</source>
        <translation>改写（原始文件保留为 .bak）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in that folder. Nothing is overwritten: choose an empty or new folder.</source>
        <translation>
            <numerusform>该文件夹中已存在 %n 个文件。不会覆盖任何文件：请选择空文件夹或新文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite in place</source>
        <translation>就地改写</translation>
    </message>
    <message>
        <source>Rewrite the changed files in place? Each original is kept next to it as a .bak file.</source>
        <translation>是否就地改写已更改的文件？每个原始文件都将作为 .bak 文件保留在其旁边。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Choose where the migrated files go; no file is overwritten without a backup.</source>
        <translation>尚未写入任何内容。请选择迁移后文件的保存位置；不会在没有备份的情况下覆盖任何文件。</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>正在写入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed; see the message.</source>
        <translation>导出失败；请查看消息。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Your decisions (image tag, endpoint answers, changes left out), without tokens, file contents or paths: replay them on other copies of these files with “migrate --recipe” or “Start from a recipe…”.</source>
        <translation>你的决定（映像标记、终结点回答、排除的更改），不含令牌、文件内容或路径：可使用“migrate --recipe”或“从配方开始…”在这些文件的其他副本上重放它们。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>What the export leaves as it is: files that could not be read, references to change by hand or left out.</source>
        <translation>导出后保持原样的内容：无法读取的文件、需手动更改或已排除的引用。</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s) stay as they are after the export; the reports list each one.</source>
        <translation>
            <numerusform>未完成：导出后有 %n 项保持原样；报告会逐一列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Markdown report</source>
        <translation>Markdown 报告(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>HTML 报告(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;JSON report</source>
        <translation>JSON 报告(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Unified patch</source>
        <translation>统一格式补丁(&amp;U)</translation>
    </message>
    <message>
        <source>SHA-256 chec&amp;ksums</source>
        <translation>SHA-256 校验和(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Recipe (%1)</source>
        <translation>配方(&amp;R) (%1)</translation>
    </message>
    <message>
        <source>Rewrite the files &amp;in place</source>
        <translation>就地改写文件(&amp;I)</translation>
    </message>
    <message>
        <source>Each original is kept beside it as a .bak copy.</source>
        <translation>每个原始文件都会作为 .bak 副本保留在其旁边。</translation>
    </message>
</context>
<context>
    <name>agm::FileEntry</name>
    <message>
        <source>migrated: %n change(s)</source>
        <translation>已迁移：%n 项更改</translation>
    </message>
    <message>
        <source>%n left out</source>
        <translation>已排除 %n 项</translation>
    </message>
    <message>
        <source>already on v2: nothing to change</source>
        <translation>已是 v2：无需更改</translation>
    </message>
    <message>
        <source>not migrated yet: %n reference(s) waiting for your answer</source>
        <translation>尚未迁移：%n 个引用正在等待你的回答</translation>
    </message>
    <message>
        <source>left out by the operator: %n change(s) not made</source>
        <translation>已被操作员排除：%n 项更改未进行</translation>
    </message>
    <message>
        <source>not migrated: %1%2</source>
        <translation>未迁移：%1%2</translation>
    </message>
    <message>
        <source>not a deployment file (%1)</source>
        <translation>不是部署文件（%1）</translation>
    </message>
    <message>
        <source>not migrated: %n gateway reference(s) to change by hand (%1 is not edited here)</source>
        <translation>未迁移：%n 个网关引用需手动更改（此处不编辑 %1）</translation>
    </message>
    <message>
        <source>the same file as %1 (a link): read and migrated once, as that file</source>
        <translation>与 %1 为同一文件（链接）：作为该文件读取并迁移一次</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>保留在 v1 URL 上：此网关将不会收到任何配置</translation>
    </message>
    <message>
        <source>not checked: it uses %n file(s) outside the import</source>
        <translation>未检查：使用了导入范围之外的 %n 个文件</translation>
    </message>
</context>
<context>
    <name>agm::Finding</name>
    <message>
        <source>Cannot load the file: %1.</source>
        <translation>无法加载文件：%1。</translation>
    </message>
    <message>
        <source>Invalid YAML: %1. Fix the file (kubectl would reject it too); the other files are still migrated.</source>
        <translation>YAML 无效：%1。请修复该文件（kubectl 也会拒绝它）；其他文件仍会迁移。</translation>
    </message>
    <message>
        <source>The document was not parsed: %1.</source>
        <translation>未解析该文档：%1。</translation>
    </message>
    <message>
        <source>This is a Helm template ({{ }}), not a values file or a rendered manifest; it is left as it is. Migrate the chart&apos;s values, or render it with &apos;helm template&apos; and import the output.</source>
        <translation>这是 Helm 模板（{{ }}），不是 values 文件或已渲染的清单；将保持原样。请迁移图表的 values，或使用 &apos;helm template&apos; 进行渲染并导入输出。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in one mapping; Kubernetes keeps only the last one. Remove the duplicate.</source>
        <translation>键 &apos;%1&apos; 在同一映射中出现了两次；Kubernetes 仅保留最后一个。请删除重复项。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; floats: it can point to another version at any time (&apos;latest&apos; moved from v1 to v2 in March 2022 and broke gateways). Pin an exact 2.x.y tag.</source>
        <translation>映像标记 &apos;%1&apos; 是浮动标记：它随时可能指向其他版本（&apos;latest&apos; 于 2022 年 3 月从 v1 变为 v2，导致网关中断）。请固定到确切的 2.x.y 标记。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; rolls to every new 2.x release, so replicas can run different versions after a scale-out. Pin an exact 2.x.y tag for production.</source>
        <translation>映像标记 &apos;%1&apos; 会随每个新的 2.x 版本滚动更新，因此横向扩展后副本可能运行不同的版本。对于生产环境，请固定到确切的 2.x.y 标记。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a preview; previews are not supported in production. Pin a released 2.x.y tag.</source>
        <translation>映像标记 &apos;%1&apos; 是预览版；预览版在生产环境中不受支持。请固定到已发布的 2.x.y 标记。</translation>
    </message>
    <message>
        <source>The image is pinned by digest only, so its version cannot be read. It is replaced by the chosen tag; pin the new tag by digest again if your policy needs digests.</source>
        <translation>映像仅按摘要固定，因此无法读取其版本。它将被替换为所选标记；如果你的策略要求使用摘要，请再次按摘要固定新标记。</translation>
    </message>
    <message>
        <source>The image has no tag, which means &apos;latest&apos; (a floating tag). Pin an exact 2.x.y tag.</source>
        <translation>映像没有标记，这意味着使用 &apos;latest&apos;（浮动标记）。请固定到确切的 2.x.y 标记。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is not one of the documented tag conventions. Pin an exact 2.x.y tag.</source>
        <translation>映像标记 &apos;%1&apos; 不符合任何已记录的标记约定。请固定到确切的 2.x.y 标记。</translation>
    </message>
    <message>
        <source>The image is already pinned to %1; it is left as it is. Newer: %2.</source>
        <translation>映像已固定到 %1；将保持原样。更新的版本：%2。</translation>
    </message>
    <message>
        <source>image.tag is not set, so the chart&apos;s appVersion decides the image (chart 1.x ships 2.x images). Set image.tag to pin a version independently of the chart.</source>
        <translation>未设置 image.tag，因此由图表的 appVersion 决定映像（图表 1.x 附带 2.x 映像）。请设置 image.tag，以便独立于图表固定版本。</translation>
    </message>
    <message>
        <source>This is a Configuration API v1 URL (retired on 1 October 2023). The v2 endpoint of service &apos;%1&apos; is %2.</source>
        <translation>这是配置 API v1 URL（已于 2023 年 10 月 1 日停用）。服务 &apos;%1&apos; 的 v2 终结点为 %2。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a custom host; it is left as it is. Custom configuration hosts need gateway 2.3.0 or later.</source>
        <translation>终结点 &apos;%1&apos; 是自定义主机；将保持原样。自定义配置主机需要网关 2.3.0 或更高版本。</translation>
    </message>
    <message>
        <source>The gateway container has no securityContext. v2 runs as user 1001 and writes CA certificates at start-up, so it needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>网关容器没有 securityContext。v2 以用户 1001 身份运行并在启动时写入 CA 证书，因此需要 runAsNonRoot: true、runAsUser: 1001 和 readOnlyRootFilesystem: false。</translation>
    </message>
    <message>
        <source>%1 is a YAML alias; its anchor may be shared with other containers, so it is not edited. Give the gateway its own securityContext with runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>%1 是 YAML 别名；其锚点可能与其他容器共享，因此不会编辑。请为网关提供专用的 securityContext，并设置 runAsNonRoot: true、runAsUser: 1001 和 readOnlyRootFilesystem: false。</translation>
    </message>
    <message>
        <source>%1 is %2, but the v2 gateway needs %3 (it runs as user 1001 and writes CA certificates at start-up).</source>
        <translation>%1 为 %2，但 v2 网关需要 %3（它以用户 1001 身份运行并在启动时写入 CA 证书）。</translation>
    </message>
    <message>
        <source>The securityContext lacks %1; the v2 gateway needs %2.</source>
        <translation>securityContext 缺少 %1；v2 网关需要 %2。</translation>
    </message>
    <message>
        <source>The gateway service runs as &apos;%1&apos;; v2 runs as user 1001. Set user: &quot;1001&quot;.</source>
        <translation>网关服务以 &apos;%1&apos; 身份运行；v2 以用户 1001 身份运行。请设置 user: &quot;1001&quot;。</translation>
    </message>
    <message>
        <source>read_only: true is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>不支持 read_only: true：v2 网关会在启动时写入 CA 证书。</translation>
    </message>
    <message>
        <source>The gateway container runs as &apos;%1&apos;; v2 runs as user 1001. Use --user 1001.</source>
        <translation>网关容器以 &apos;%1&apos; 身份运行；v2 以用户 1001 身份运行。请使用 --user 1001。</translation>
    </message>
    <message>
        <source>--read-only is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>不支持 --read-only：v2 网关会在启动时写入 CA 证书。</translation>
    </message>
    <message>
        <source>This kustomization sets the gateway image; make sure the Deployment it patches has the v2 securityContext (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Import the base manifests too.</source>
        <translation>此 kustomization 设置了网关映像；请确保它修补的 Deployment 具有 v2 securityContext（runAsNonRoot: true、runAsUser: 1001、readOnlyRootFilesystem: false）。另请导入基础清单。</translation>
    </message>
    <message>
        <source>The probe uses the v1 health path %1; v2 answers on /status-0123456789abcdef.</source>
        <translation>探针使用 v1 运行状况路径 %1；v2 在 /status-0123456789abcdef 上响应。</translation>
    </message>
    <message>
        <source>capabilities.drop lists &apos;%1&apos;; Pod Security Admission (restricted) accepts only upper-case ALL.</source>
        <translation>capabilities.drop 列出了 &apos;%1&apos;；Pod Security Admission（restricted）仅接受大写的 ALL。</translation>
    </message>
    <message>
        <source>hostAliases pins the management host &apos;%1&apos;. v2 talks to the configuration host instead: add an entry for it (for example %2) with the address of your private endpoint.</source>
        <translation>hostAliases 固定了管理主机 &apos;%1&apos;。v2 改为与配置主机通信：请使用你的专用终结点地址为配置主机添加一个条目（例如 %2）。</translation>
    </message>
    <message>
        <source>A configuration backup volume is mounted at /apim/config, but the pod has no fsGroup: 1001. The gateway (user 1001) cannot write its backup; set securityContext.fsGroup: 1001 on the pod.</source>
        <translation>配置备份卷已装载到 /apim/config，但 Pod 没有 fsGroup: 1001。网关（用户 1001）无法写入其备份；请在 Pod 上设置 securityContext.fsGroup: 1001。</translation>
    </message>
    <message>
        <source>The GatewayKey token expired on %1. Generate a new token in the Azure portal (Gateways &gt; Deployment) before deploying.</source>
        <translation>网关令牌（GatewayKey）已于 %1 过期。请在部署前于 Azure 门户（“网关” &gt; “部署”）中生成新令牌。</translation>
    </message>
    <message>
        <source>The GatewayKey token expires on %1. Plan a token rotation.</source>
        <translation>网关令牌（GatewayKey）将于 %1 过期。请规划令牌轮换。</translation>
    </message>
    <message>
        <source>These are values of the 0.x chart (&apos;%1&apos;), whose default image is v1. Chart 1.x renamed them: gateway.endpoint became gateway.configuration.uri and gateway.authKey became gateway.auth.key; rename them when you upgrade the chart.</source>
        <translation>这些是 0.x 图表的值（&apos;%1&apos;），该图表的默认映像为 v1。图表 1.x 已将其重命名：gateway.endpoint 改为 gateway.configuration.uri，gateway.authKey 改为 gateway.auth.key；升级图表时请重命名这些值。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a v0/v1 gateway image; v0/v1 images are unsupported since 1 October 2023. Pin a 2.x.y tag.</source>
        <translation>映像标记 &apos;%1&apos; 是 v0/v1 网关映像；自 2023 年 10 月 1 日起，v0/v1 映像不再受支持。请固定到 2.x.y 标记。</translation>
    </message>
    <message>
        <source>On the command line, use --endpoint.</source>
        <translation>在命令行中，请使用 --endpoint。</translation>
    </message>
    <message>
        <source>This v1 URL uses the custom management host &apos;%1&apos;, so the v2 configuration host of service &apos;%2&apos; cannot be derived. Enter it (for example %2.configuration.azure-api.net, or your custom configuration host).</source>
        <translation>此 v1 URL 使用自定义管理主机“%1”，因此无法推导服务“%2”的 v2 配置主机。请输入该主机（例如 %2.configuration.azure-api.net，或你的自定义配置主机）。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a placeholder. Enter the v2 configuration host (&lt;service&gt;.configuration.azure-api.net).</source>
        <translation>终结点“%1”是占位符。请输入 v2 配置主机（&lt;service&gt;.configuration.azure-api.net）。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a management host without the v1 path, which no gateway version accepts. The v2 host is probably %2; confirm it.</source>
        <translation>终结点“%1”是不带 v1 路径的管理主机，任何网关版本都不接受它。v2 主机可能是 %2；请确认。</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; (%2) is written where the tool cannot edit it (%3). Change it by hand to %4.</source>
        <translation>网关映像“%1”（%2）写在工具无法编辑的位置（%3）。请手动将其更改为 %4。</translation>
    </message>
    <message>
        <source>This Configuration API v1 URL is written where the tool cannot edit it (%1). The gateway gets no configuration from it; change it by hand to %2.</source>
        <translation>此配置 API v1 URL 写在工具无法编辑的位置（%1）。网关无法从中获取配置；请手动将其更改为 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 0.x Helm chart or the 2021 Azure Arc extension, which current versions ignore; it is written where the tool cannot edit it (%2). Rename it by hand to &apos;%3&apos;.</source>
        <translation>“%1”是 0.x Helm 图表或 2021 年 Azure Arc 扩展的设置，当前版本会忽略它；它写在工具无法编辑的位置（%2）。请手动将其重命名为“%3”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 2021 Azure Arc gateway extension; the current extension reads &apos;%2&apos; instead and ignores the old name. Rename it.</source>
        <translation>“%1”是 2021 年 Azure Arc 网关扩展的设置；当前扩展改为读取“%2”，并忽略旧名称。请将其重命名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a value of the 0.x chart; chart 1.0.0 and later read &apos;%2&apos; instead and ignore the old name. Rename it (and install chart 1.x, whose images are v2).</source>
        <translation>“%1”是 0.x 图表的值；图表 1.0.0 及更高版本改为读取“%2”，并忽略旧名称。请将其重命名（并安装映像为 v2 的图表 1.x）。</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to a pinned 2.x.y gateway tag (the one chosen in the image step).</source>
        <translation>网关映像“%1”由 %2 构建而成，因此此处不编辑它。请在设置它的位置（%3）手动将其更改为固定的 2.x.y 网关标记（即映像步骤中选择的标记）。</translation>
    </message>
    <message>
        <source>config.service.endpoint &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to the v2 configuration host: %4.</source>
        <translation>config.service.endpoint“%1”由 %2 构建而成，因此此处不编辑它。请在设置它的位置（%3）手动将其更改为 v2 配置主机：%4。</translation>
    </message>
    <message>
        <source>%1 runs on %2, which has no Kubernetes securityContext (no runAsUser, no read-only root file system): the container runs as the image&apos;s own user with a writable file system, as v2 needs. Nothing to change for the security step.</source>
        <translation>%1 在 %2 上运行，后者没有 Kubernetes securityContext（没有 runAsUser，也没有只读根文件系统）：容器以映像自身的用户身份运行，并使用可写的文件系统，这正是 v2 所需的。安全步骤无需任何更改。</translation>
    </message>
    <message>
        <source>%1 is shared through a YAML anchor or merge key with a field that is not this gateway&apos;s own, so it is not edited: the change would reach that field too. Give the gateway its own value (%2), then migrate again.</source>
        <translation>%1 通过 YAML 锚点或合并键与一个不属于此网关的字段共享，因此不编辑它：更改也会影响该字段。请为网关提供其自己的值（%2），然后再次迁移。</translation>
    </message>
    <message>
        <source>These values are for chart %1, which has no securityContext value (it came with chart 1.1.0), so a securityContext here would have no effect. Upgrade the chart to 1.1.0 or later (chart 1.x uses gateway.configuration.uri and gateway.auth.key) and set securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false there.%2</source>
        <translation>这些值适用于图表 %1，该图表没有 securityContext 值（它随图表 1.1.0 引入），因此此处的 securityContext 不会产生任何效果。请将图表升级到 1.1.0 或更高版本（图表 1.x 使用 gateway.configuration.uri 和 gateway.auth.key），并在其中设置 securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false。%2</translation>
    </message>
    <message>
        <source>The image comes from the registry &apos;%1&apos;, not from MCR: mirror the new tag there before you deploy (for example az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;), or the pods cannot pull it.</source>
        <translation>映像来自注册表“%1”，而不是 MCR：请在部署之前将新标记镜像到该注册表（例如 az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;），否则 Pod 无法拉取它。</translation>
    </message>
    <message>
        <source>This file uses &apos;%1&apos;, which is outside the imported folder %2: it was not checked for gateway references, and copies of this folder alone will not work. Import %3, which holds both.</source>
        <translation>此文件使用了导入文件夹 %2 之外的 &apos;%1&apos;：未检查其中的网关引用，仅复制此文件夹将无法使用。请导入同时包含两者的 %3。</translation>
    </message>
    <message>
        <source>This kustomization builds on the remote base &apos;%1&apos;: its files were not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>此 kustomization 基于远程 base &apos;%1&apos;：未检查其文件中的网关引用。如果它部署网关，请在维护它的地方进行迁移。</translation>
    </message>
    <message>
        <source>This file uses the remote file &apos;%1&apos;: it was not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>此文件使用了远程文件 &apos;%1&apos;：未检查其中的网关引用。如果它部署网关，请在维护它的地方进行迁移。</translation>
    </message>
</context>
<context>
    <name>agm::FindingList</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>needs your answer</source>
        <translation>需要你回答</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现结果</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Type the v2 configuration host here, for example contoso.configuration.azure-api.net</source>
        <translation>在此处输入 v2 配置主机，例如 contoso.configuration.azure-api.net</translation>
    </message>
    <message>
        <source>Nothing to change in this step.</source>
        <translation>此步骤中没有需要更改的内容。</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>change by hand</source>
        <translation>需手动更改</translation>
    </message>
    <message>
        <source>left on the v1 URL</source>
        <translation>保留在 v1 URL 上</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Each row is one change or piece of advice. Space switches a change on or off; F2 or Enter types the answer of a row that asks for one.</source>
        <translation>每行是一项更改或建议。按空格键可打开或关闭某项更改；对于需要回答的行，按 F2 或 Enter 可键入回答。</translation>
    </message>
    <message>
        <source>from recipe</source>
        <translation>来自配方</translation>
    </message>
    <message>
        <source>%1 · from recipe</source>
        <translation>%1 · 来自配方</translation>
    </message>
    <message>
        <source>This choice comes from the recipe %1; change it here if it does not fit.</source>
        <translation>此选择来自配方 %1；如果不合适，请在此处更改。</translation>
    </message>
    <message>
        <source>Your answer “%1” is not used: %2.</source>
        <translation>未使用你的回答“%1”：%2。</translation>
    </message>
    <message>
        <source>Apply: on</source>
        <translation>应用：开</translation>
    </message>
    <message>
        <source>Apply: off</source>
        <translation>应用：关</translation>
    </message>
    <message>
        <source>Space switches this change on or off</source>
        <translation>按空格键可打开或关闭此更改</translation>
    </message>
    <message>
        <source>Explanation of the selected change</source>
        <translation>所选更改的说明</translation>
    </message>
</context>
<context>
    <name>agm::ImagePage</name>
    <message>
        <source>pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>滚动</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>浮动</translation>
    </message>
    <message>
        <source>legacy v0/v1</source>
        <translation>旧版 v0/v1</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Rolling tags move to every new 2.x release; replicas can end up on different versions. Pin an exact version for production.</source>
        <translation>滚动标记会随每个新的 2.x 版本更新；副本最终可能运行不同的版本。对于生产环境，请固定到确切的版本。</translation>
    </message>
    <message>
        <source>Preview images are not supported in production.</source>
        <translation>预览版映像在生产环境中不受支持。</translation>
    </message>
    <message>
        <source>Floating tags like &apos;latest&apos; can jump to another major version without notice (&apos;latest&apos; moved from v1 to v2 in 2022).</source>
        <translation>像 &apos;latest&apos; 这样的浮动标记可能会在没有通知的情况下跳到另一个主版本（&apos;latest&apos; 在 2022 年从 v1 变为 v2）。</translation>
    </message>
    <message>
        <source>This is a v0/v1 image: it no longer receives configuration. Choose a 2.x.y tag.</source>
        <translation>这是 v0/v1 映像：它不再接收配置。请选择 2.x.y 标记。</translation>
    </message>
    <message>
        <source>This is not one of the documented tag conventions; check that the tag exists.</source>
        <translation>这不符合任何已记录的标记约定；请检查该标记是否存在。</translation>
    </message>
    <message>
        <source>Every gateway image found in your files is listed. Choose the 2.x.y tag they should all run; the registry host of each reference is kept.</source>
        <translation>列出了在你的文件中找到的所有网关映像。请选择它们都应运行的 2.x.y 标记；每个引用的注册表主机将保持不变。</translation>
    </message>
    <message>
        <source>Image references</source>
        <translation>映像引用</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>筛选标记</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Available tags</source>
        <translation>可用标记</translation>
    </message>
    <message>
        <source>or type a tag, e.g. 2.11.1</source>
        <translation>或输入标记，例如 2.11.1</translation>
    </message>
    <message>
        <source>Custom tag</source>
        <translation>自定义标记</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>刷新列表(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the current tag list from the registry</source>
        <translation>从注册表获取当前标记列表</translation>
    </message>
    <message>
        <source>Ask the registry for the digest of the chosen tag and write tag@sha256:...</source>
        <translation>向注册表查询所选标记的摘要，并写入 tag@sha256:...</translation>
    </message>
    <message>
        <source>&amp;Target tag:</source>
        <translation>目标标记(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ustom tag:</source>
        <translation>自定义标记(&amp;U)：</translation>
    </message>
    <message>
        <source>Pinning by digest failed: %1</source>
        <translation>按摘要固定失败：%1</translation>
    </message>
    <message>
        <source>Fetching the tag list from %1…</source>
        <translation>正在从 %1 获取标记列表…</translation>
    </message>
    <message>
        <source>Asking the registry for the digest of %1…</source>
        <translation>正在向注册表查询 %1 的摘要…</translation>
    </message>
    <message>
        <source>Tag list: %1.</source>
        <translation>标记列表：%1。</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the tag list.</source>
        <translation>&apos;%1&apos; 不在标记列表中。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Pin the container image</source>
        <translation>固定容器映像</translation>
    </message>
    <message>
        <source>Pin by &amp;digest</source>
        <translation>按摘要固定(&amp;D)</translation>
    </message>
    <message>
        <source>Use this floating tag an&amp;yway</source>
        <translation>仍然使用此浮动标记(&amp;Y)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag.</source>
        <translation>“%1”不是有效的映像标记。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a 2.x.y version. Choose a pinned tag such as %2.</source>
        <translation>“%1”不是 2.x.y 版本。请选择固定标记，例如 %2。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Use this preview tag an&amp;yway</source>
        <translation>仍然使用此预览标记(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>agm::ImportPage</name>
    <message>
        <source>Import deployment files</source>
        <translation>导入部署文件</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近使用(&amp;R)</translation>
    </message>
    <message>
        <source>Recent locations</source>
        <translation>最近使用的位置</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Add deployment files</source>
        <translation>添加部署文件</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>已导入的文件</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>尚未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1/%2 个文件</translation>
    </message>
    <message>
        <source>Import cancelled; the files read so far are listed.</source>
        <translation>已取消导入；已列出目前已读取的文件。</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Add the files that deploy the gateway to continue.</source>
        <translation>若要继续，请添加用于部署网关的文件。</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. Kubernetes YAML and JSON, Helm values (also in Flux and Argo CD), Kustomize, compose, env files, scripts, Dockerfiles, CI workflows, Terraform, Bicep and ARM are recognised by their content; any other text file is scanned for gateway references.</source>
        <translation>将文件或文件夹拖放到此处，或使用按钮添加。Kubernetes YAML 和 JSON、Helm values（包括 Flux 和 Argo CD 中的）、Kustomize、compose、env 文件、脚本、Dockerfile、CI 工作流、Terraform、Bicep 和 ARM 会根据其内容识别；其他任何文本文件都会扫描其中的网关引用。</translation>
    </message>
    <message>
        <source>Deployment files (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;All files (*)</source>
        <translation>部署文件 (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;所有文件 (*)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Each imported file with its format and where it stands; problems are listed under the file.</source>
        <translation>每个导入的文件及其格式和当前状态；问题列在文件下方。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Nothing here can be migrated by the tool; go on to export the report of what is not done.</source>
        <translation>此处没有可由工具迁移的内容；请继续导出未完成事项的报告。</translation>
    </message>
    <message>
        <source>Files that could not be read and references to change by hand are not migrated; the next pages and the reports list each one.</source>
        <translation>无法读取的文件和需手动更改的引用不会被迁移；后续页面和报告会逐一列出。</translation>
    </message>
</context>
<context>
    <name>agm::Ledger</name>
    <message>
        <source>%n file(s)</source>
        <translation>%n 个文件</translation>
    </message>
</context>
<context>
    <name>agm::MigrationSession</name>
    <message>
        <source>%n endpoint answer(s)</source>
        <translation>%n 个终结点回答</translation>
    </message>
    <message>
        <source>%n change(s) switched off</source>
        <translation>%n 项更改已关闭</translation>
    </message>
    <message>
        <source>%n step(s) skipped</source>
        <translation>已跳过 %n 个步骤</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>映像标记 %1</translation>
    </message>
</context>
<context>
    <name>agm::MigrationWizard</name>
    <message>
        <source>APIM Gateway Migrator</source>
        <translation>APIM Gateway Migrator</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示者模式(&amp;P)</translation>
    </message>
    <message>
        <source>Larger text on every page, for projectors (Ctrl+Shift+P)</source>
        <translation>在所有页面上使用更大的文本，适用于投影仪 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终结点</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host: select the row on the Endpoint page and press F2.</source>
        <translation>
            <numerusform>%n 个终结点没有 v2 主机：请在“终结点”页上选择该行并按 F2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick “%1” to go on.</source>
        <translation>勾选“%1”以继续。</translation>
    </message>
    <message>
        <source>Add the files or folders to migrate and wait until they are read.</source>
        <translation>添加要迁移的文件或文件夹，并等待读取完成。</translation>
    </message>
    <message>
        <source>This page is not complete yet.</source>
        <translation>此页尚未完成。</translation>
    </message>
    <message>
        <source>Discard your decisions?</source>
        <translation>是否放弃你的决定？</translation>
    </message>
    <message>
        <source>Closing now discards what you decided (%1); nothing has been written.</source>
        <translation>现在关闭将放弃你所做的决定（%1）；尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>继续工作(&amp;K)</translation>
    </message>
</context>
<context>
    <name>agm::NextCommands</name>
    <message>
        <source>Remove the old gateway container first (docker rm -f with its name); the new one uses the same ports.</source>
        <translation>请先删除旧的网关容器（使用 docker rm -f 加其名称）；新容器使用相同的端口。</translation>
    </message>
    <message>
        <source>RELEASE is the name of the gateway&apos;s Helm release (helm list --all-namespaces shows it).</source>
        <translation>RELEASE 是网关的 Helm 发布名称（helm list --all-namespaces 会显示它）。</translation>
    </message>
    <message>
        <source>Its relative volume and build paths now resolve in %1: copy what they use there first.</source>
        <translation>其相对的卷和构建路径现在在 %1 中解析：请先将它们使用的内容复制到那里。</translation>
    </message>
</context>
<context>
    <name>agm::OpenItem</name>
    <message>
        <source>write: %1</source>
        <translation>写入：%1</translation>
    </message>
</context>
<context>
    <name>agm::Reader</name>
    <message>
        <source>unexpected text after the end of the recipe</source>
        <translation>配方结束后存在意外的文本</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected &apos;%1&apos;</source>
        <translation>配方过早结束；应为“%1”</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>应为值</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a value</source>
        <translation>配方过早结束；应为值</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a key</source>
        <translation>配方过早结束；应为键</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>应为双引号中的键</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>键“%1”出现了两次</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>应为数位</translation>
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation>\u 之后应为四个十六进制数字</translation>
    </message>
    <message>
        <source>the recipe ends inside a string</source>
        <translation>配方在字符串内部结束</translation>
    </message>
    <message>
        <source>a control character inside a string; write it as an escape</source>
        <translation>字符串内有控制字符；请将其写为转义序列</translation>
    </message>
    <message>
        <source>expected a low surrogate (\u) after a high one</source>
        <translation>高代理项之后应为低代理项（\u）</translation>
    </message>
    <message>
        <source>a lone surrogate in \u escapes</source>
        <translation>\u 转义中存在孤立的代理项</translation>
    </message>
    <message>
        <source>an unknown escape in a string</source>
        <translation>字符串中有未知的转义</translation>
    </message>
</context>
<context>
    <name>agm::Recipe</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: 错误: %2</translation>
    </message>
</context>
<context>
    <name>agm::RecipeOriginLabel</name>
    <message>
        <source>Choices from the recipe</source>
        <translation>来自配方的选择</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>映像标记 %1</translation>
    </message>
    <message>
        <source>the %1 step is skipped</source>
        <translation>已跳过 %1 步骤</translation>
    </message>
    <message>
        <source>The decisions of the recipe %1 apply to the files you import.</source>
        <translation>配方 %1 中的决定将应用于你导入的文件。</translation>
    </message>
    <message>
        <source>From the recipe %1: %2.</source>
        <translation>来自配方 %1：%2。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>agm::Report</name>
    <message>
        <source>Self-hosted gateway migration report</source>
        <translation>自承载网关迁移报告</translation>
    </message>
    <message>
        <source>- Tool: apim-gateway-migrator %1
</source>
        <translation>- 工具：apim-gateway-migrator %1
</translation>
    </message>
    <message>
        <source>- Target image tag: `%1` (tag list: %2)
</source>
        <translation>- 目标映像标记：`%1`（标记列表：%2）
</translation>
    </message>
    <message>
        <source>## `%1`

%2, %3, %4 line endings. </source>
        <translation>## `%1`

%2，%3，换行符：%4。 </translation>
    </message>
    <message>
        <source>| Line | Step | Status | Where | Change | Why |</source>
        <translation>| 行 | 步骤 | 状态 | 位置 | 更改 | 原因 |</translation>
    </message>
    <message>
        <source>&lt;li&gt;Tool: apim-gateway-migrator %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;工具：apim-gateway-migrator %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Target image tag: &lt;code&gt;%1&lt;/code&gt; (tag list: %2)&lt;/li&gt;</source>
        <translation>&lt;li&gt;目标映像标记：&lt;code&gt;%1&lt;/code&gt;（标记列表：%2）&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2, %3, %4 line endings. %5&lt;/p&gt;
</source>
        <translation>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2，%3，换行符：%4。%5&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;Step&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;th&gt;Change&lt;/th&gt;&lt;th&gt;Why&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th&gt;行&lt;/th&gt;&lt;th&gt;步骤&lt;/th&gt;&lt;th&gt;状态&lt;/th&gt;&lt;th&gt;位置&lt;/th&gt;&lt;th&gt;更改&lt;/th&gt;&lt;th&gt;原因&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>Connectivity checks</source>
        <translation>连接检查</translation>
    </message>
    <message>
        <source>Run %1 from the computer that ran the wizard (%2): %3.

</source>
        <translation>于 %1 在运行向导的计算机上运行检查（%2）：%3。

</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>系统解析程序</translation>
    </message>
    <message>
        <source>A check failed; the operator acknowledged it and exported anyway.</source>
        <translation>有检查失败；操作员已确认此情况并仍然导出。</translation>
    </message>
    <message>
        <source>| Endpoint | Status | DNS | TCP | TLS | HTTP | Proxy | Details |</source>
        <translation>| 终结点 | 状态 | DNS | TCP | TLS | HTTP | 代理 | 详细信息 |</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The connectivity checks were not run: DNS, TCP, TLS and HTTP to the v2 configuration host are unverified.</source>
        <translation>未运行连接检查：到 v2 配置主机的 DNS、TCP、TLS 和 HTTP 均未经验证。</translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>连接检查无法运行：%1。</translation>
    </message>
    <message>
        <source>Acknowledged by the operator, who exported anyway.</source>
        <translation>操作员已确认，并仍然导出。</translation>
    </message>
    <message>
        <source>- Files: %1, edits: %2, open questions: %3
</source>
        <translation>- 文件：%1，编辑：%2，未决问题：%3
</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>&lt;li&gt;Files: %1, edits: %2, open questions: %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;文件：%1，编辑：%2，未决问题：%3&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>agm::ReviewPage</name>
    <message>
        <source>Review every change</source>
        <translation>检查所有更改</translation>
    </message>
    <message>
        <source>Pick a file to see its changes side by side. Untick a change to leave it out; the diff follows at once.</source>
        <translation>选择一个文件即可并排查看其更改。取消选中某项更改即可将其排除；差异会立即随之更新。</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>此文件中的更改</translation>
    </message>
    <message>
        <source>Side-by-side diff</source>
        <translation>并排差异</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>显示机密(&amp;V)</translation>
    </message>
    <message>
        <source>Shows tokens and keys in the diff. They stay masked in reports and exports.</source>
        <translation>在差异中显示令牌和密钥。它们在报告和导出内容中仍保持屏蔽。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 line endings</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 换行符：%4</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>显示机密</translation>
    </message>
    <message>
        <source>Show gateway tokens and keys in the diff? Anyone who can see your screen will see them. Reports and exported files keep them masked.</source>
        <translation>是否在差异中显示网关令牌和密钥？能看到你屏幕的任何人都将看到它们。报告和导出的文件中它们仍保持屏蔽。</translation>
    </message>
    <message>
        <source>Files about the gateway</source>
        <translation>与网关相关的文件</translation>
    </message>
    <message>
        <source>Not done in this file</source>
        <translation>此文件中未完成的事项</translation>
    </message>
    <message>
        <source>Preparing the diff of %1…</source>
        <translation>正在准备 %1 的差异…</translation>
    </message>
</context>
<context>
    <name>agm::SecurityPage</name>
    <message>
        <source>The v2 gateway runs as user 1001 and writes CA certificates at start-up, so each gateway container needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false. Other fields are kept.</source>
        <translation>v2 网关以用户 1001 身份运行并在启动时写入 CA 证书，因此每个网关容器都需要 runAsNonRoot: true、runAsUser: 1001 和 readOnlyRootFilesystem: false。其他字段将保留。</translation>
    </message>
    <message>
        <source>Security context changes</source>
        <translation>安全上下文更改</translation>
    </message>
    <message>
        <source>Advice rows (probe path, capabilities, hostAliases, backups, tokens) come from the production guidance; switch any change off that you do not want.</source>
        <translation>建议行（探针路径、capabilities、hostAliases、备份、令牌）来自生产环境指南；请关闭你不需要的任何更改。</translation>
    </message>
    <message>
        <source>Add the security context</source>
        <translation>添加安全上下文</translation>
    </message>
</context>
<context>
    <name>agm::SideBySideDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>上一个更改</translation>
    </message>
    <message>
        <source>Go to the previous change</source>
        <translation>转到上一个更改</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>下一个更改</translation>
    </message>
    <message>
        <source>Go to the next change</source>
        <translation>转到下一个更改</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>增大文本</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>减小文本</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>恢复默认文本大小</translation>
    </message>
    <message>
        <source>Fold Unchanged Lines</source>
        <translation>折叠未更改的行</translation>
    </message>
    <message>
        <source>Fold long runs of unchanged lines</source>
        <translation>折叠连续的大段未更改行</translation>
    </message>
    <message numerus="yes">
        <source>Fold runs of unchanged lines, keeping %n line(s) of context around each change</source>
        <translation>
            <numerusform>折叠连续的未更改行，在每处更改前后保留 %n 行上下文</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文本大小</translation>
    </message>
    <message>
        <source>Text size; Ctrl+0 resets it</source>
        <translation>文本大小；按 Ctrl+0 重置</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>迁移前的文本</translation>
    </message>
    <message>
        <source>Migrated text</source>
        <translation>迁移后的文本</translation>
    </message>
    <message>
        <source>Scroll both texts</source>
        <translation>同时滚动两侧文本</translation>
    </message>
    <message>
        <source>Scroll long lines</source>
        <translation>滚动长行</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>迁移前</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>迁移后</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %1/%2</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so files are shown without token colours</source>
        <translation>此构建中不提供 KSyntaxHighlighting，因此文件显示时不带语法着色</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so %1 is shown without token colours</source>
        <translation>此构建中不提供 KSyntaxHighlighting，因此 %1 显示时不带语法着色</translation>
    </message>
    <message>
        <source>Token colours by KSyntaxHighlighting %1</source>
        <translation>语法着色：KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 has no syntax definition for %2, so it is shown without token colours</source>
        <translation>KSyntaxHighlighting %1 没有适用于 %2 的语法定义，因此显示时不带语法着色</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB, so it is shown without %2 colours (KSyntaxHighlighting %3)</source>
        <translation>%1 大于 10 MB，因此显示时不带 %2 着色（KSyntaxHighlighting %3）</translation>
    </message>
    <message>
        <source>%1 colours by KSyntaxHighlighting %2</source>
        <translation>%1 着色：KSyntaxHighlighting %2</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <source>Wrap lines wider than the pane instead of scrolling sideways</source>
        <translation>对宽于窗格的行自动换行，而不是横向滚动</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>内联(&amp;I)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Too narrow for two panes here: widen the window or zoom out for side by side</source>
        <translation>此处太窄，无法显示两个窗格：请加宽窗口或缩小视图以并排显示</translation>
    </message>
    <message>
        <source>One column: each changed line as removed, then as added</source>
        <translation>单列：每个更改的行先显示为删除，再显示为添加</translation>
    </message>
    <message>
        <source>Original and migrated text, inline</source>
        <translation>原始文本和迁移后文本，内联显示</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
</context>
<context>
    <name>agm::StepList</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1: current</source>
        <translation>%1：当前</translation>
    </message>
    <message>
        <source>%1: blocked</source>
        <translation>%1：已阻止</translation>
    </message>
    <message>
        <source>%1: to do</source>
        <translation>%1：待完成</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation>第 %1 步，共 %2 步，%3</translation>
    </message>
</context>
<context>
    <name>agm::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Originals kept as:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;原始文件已保留为：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;报告：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next, after a new gateway token if yours has expired:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;后续步骤（如果网关令牌已过期，请先获取新令牌）：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;check the gateway&apos;s status in the Azure portal (Gateways &amp;gt; your gateway)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;在 Azure 门户中检查网关的状态（“网关” &amp;gt; 你的网关）&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>已将 %n 项更改写入 &lt;b&gt;%1&lt;/b&gt;。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written in place.</source>
        <translation>
            <numerusform>已将 %n 项更改就地写入原文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Check these files:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;请检查这些文件：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>文件夹 %1 已不存在。</translation>
    </message>
    <message>
        <source>No file manager opened the folder. It is: %1</source>
        <translation>没有文件管理器打开该文件夹。它是：%1</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the commands above to the clipboard, one a line</source>
        <translation>将上面的命令复制到剪贴板，每行一条</translation>
    </message>
    <message>
        <source>Written, but not everything is migrated</source>
        <translation>已写入，但并未全部迁移</translation>
    </message>
    <message numerus="yes">
        <source>Not done (%n item(s)); the report lists each one:</source>
        <translation>
            <numerusform>未完成（%n 项）；报告会逐一列出：</numerusform>
        </translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>连接检查无法运行：%1。</translation>
    </message>
    <message>
        <source>&lt;li&gt;change the items under Not done by hand, or fix the files that could not be read and run the migration again&lt;/li&gt;</source>
        <translation>&lt;li&gt;手动更改“未完成”下的各项，或修复无法读取的文件，然后再次运行迁移&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports, in &lt;code&gt;%1&lt;/code&gt;:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;报告，位于 &lt;code&gt;%1&lt;/code&gt;：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>agm::WelcomePage</name>
    <message>
        <source>Move your self-hosted gateway to v2</source>
        <translation>将自承载网关迁移到 v2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Azure API Management retired the v0 and v1 self-hosted gateway images and the Configuration API v1 on &lt;b&gt;1 October 2023&lt;/b&gt;. Gateways still on them stop receiving configuration. This wizard reads the files you deploy the gateway with and makes the three changes v2 needs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Image&lt;/b&gt;: pin an exact 2.x.y tag from the Microsoft Container Registry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint&lt;/b&gt;: point &lt;code&gt;config.service.endpoint&lt;/code&gt; at &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Security context&lt;/b&gt;: run as user 1001 with a writable root file system.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only the bytes these changes need are touched: comments, quotes, indentation and line endings stay as they are. You review every change side by side before anything is written, your originals are never modified unless you ask for it, and tokens stay masked.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;migration guide&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;retirement notice&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;production guidance&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Azure API Management 已于 &lt;b&gt;2023 年 10 月 1 日&lt;/b&gt;停用 v0 和 v1 自承载网关映像以及配置 API v1。仍在使用它们的网关将不再接收配置。此向导会读取你用于部署网关的文件，并进行 v2 所需的三项更改：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;映像&lt;/b&gt;：固定到 Microsoft Container Registry 中确切的 2.x.y 标记。&lt;/li&gt;&lt;li&gt;&lt;b&gt;终结点&lt;/b&gt;：将 &lt;code&gt;config.service.endpoint&lt;/code&gt; 指向 &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;安全上下文&lt;/b&gt;：以用户 1001 身份运行，并使用可写的根文件系统。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;只会改动这些更改所需的字节：注释、引号、缩进和换行符均保持不变。在写入任何内容之前，你可以并排检查每项更改；除非你要求，否则绝不会修改原始文件，并且令牌始终保持屏蔽。&lt;/p&gt;&lt;p&gt;文档：&lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;迁移指南&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;停用通知&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;生产环境指南&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Loads a training set: a Contoso gateway deployed with Kubernetes YAML, Docker, Helm and compose.</source>
        <translation>加载培训示例：一个使用 Kubernetes YAML、Docker、Helm 和 compose 部署的 Contoso 网关。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The training set could not be prepared in a temporary folder.</source>
        <translation>无法在临时文件夹中准备培训示例。</translation>
    </message>
    <message>
        <source>The demo loads a Contoso gateway deployed four ways (Kubernetes, Docker, Helm, compose). Or press Next to import your own files.</source>
        <translation>演示将加载以四种方式（Kubernetes、Docker、Helm、compose）部署的 Contoso 网关。也可以按“下一步”导入你自己的文件。</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>从配方开始(&amp;R)…</translation>
    </message>
    <message>
        <source>Opens a migration recipe (migration-recipe.json): the decisions of an earlier migration, applied to the files you import next.</source>
        <translation>打开迁移配方（migration-recipe.json）：即之前某次迁移的决定，将应用于你接下来导入的文件。</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>从配方开始</translation>
    </message>
    <message>
        <source>Recipes (*.json);;All files (*)</source>
        <translation>配方 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This recipe cannot be used:
%1

Fix it, or export a new one from the wizard.</source>
        <translation>无法使用此配方：
%1

请修复它，或从向导导出新的配方。</translation>
    </message>
    <message>
        <source>A recipe replays the decisions of an earlier migration (image tag, endpoint answers, changes left out) on other copies of the files; the pages mark every choice that came from it.</source>
        <translation>配方会在这些文件的其他副本上重放之前某次迁移的决定（映像标记、终结点回答、排除的更改）；各页面会标记来自配方的每个选择。</translation>
    </message>
</context>
<context>
    <name>agm::app</name>
    <message>
        <source>apim-gateway-migrator: unknown command &apos;%1&apos;.
</source>
        <translation>apim-gateway-migrator: 未知命令 &apos;%1&apos;。
</translation>
    </message>
    <message>
        <source>Plan and apply the self-hosted gateway v2 migration without a GUI.
Without --out, --in-place or --check it prints the unified diff (secrets masked) and writes nothing.</source>
        <translation>无需 GUI 即可规划并应用自承载网关 v2 迁移。
如果未指定 --out、--in-place 或 --check，则输出统一格式的差异（机密已屏蔽），不写入任何内容。</translation>
    </message>
    <message>
        <source>Deployment files or folders.</source>
        <translation>部署文件或文件夹。</translation>
    </message>
    <message>
        <source>Target image tag (default: the recommended pinned 2.x.y of the tag list).</source>
        <translation>目标映像标记（默认：标记列表中推荐的固定 2.x.y 标记）。</translation>
    </message>
    <message>
        <source>v2 configuration host where it cannot be derived (custom domain, placeholder).</source>
        <translation>无法推导时（自定义域、占位符）使用的 v2 配置主机。</translation>
    </message>
    <message>
        <source>Write migrated copies under DIR, mirroring the inputs&apos; layout.</source>
        <translation>将迁移后的副本写入 DIR 下，并保持与输入相同的目录结构。</translation>
    </message>
    <message>
        <source>Rewrite the inputs, keeping .bak copies of the originals.</source>
        <translation>改写输入文件，并保留原始文件的 .bak 副本。</translation>
    </message>
    <message>
        <source>Skip a step: image, endpoint, security or extras (repeatable).</source>
        <translation>跳过某个步骤：image、endpoint、security 或 extras（可重复指定）。</translation>
    </message>
    <message>
        <source>Change nothing; exit 1 if anything still needs migration.</source>
        <translation>不做任何更改；如果仍有内容需要迁移，则以退出代码 1 退出。</translation>
    </message>
    <message>
        <source>Print the plan as JSON on stdout.</source>
        <translation>将计划以 JSON 格式输出到 stdout。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>migrate: %1
</source>
        <translation>migrate: %1
</translation>
    </message>
    <message>
        <source>Run &apos;apim-gateway-migrator migrate --help&apos;.
</source>
        <translation>请运行 &apos;apim-gateway-migrator migrate --help&apos;。
</translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation>请至少指定一个文件或文件夹。</translation>
    </message>
    <message>
        <source>--out, --in-place and --check exclude each other.</source>
        <translation>--out、--in-place 和 --check 不能同时使用。</translation>
    </message>
    <message>
        <source>--json prints the plan instead of writing; use --report FILE.json with --out or --in-place.</source>
        <translation>--json 会输出计划而不写入；与 --out 或 --in-place 一起使用时，请改用 --report FILE.json。</translation>
    </message>
    <message>
        <source>--skip %1: use image, endpoint, security or extras.</source>
        <translation>--skip %1: 请使用 image、endpoint、security 或 extras。</translation>
    </message>
    <message>
        <source>the tag list (%1) has no pinned 2.x.y tag; give one with --tag.</source>
        <translation>标记列表（%1）中没有固定的 2.x.y 标记；请使用 --tag 指定一个。</translation>
    </message>
    <message>
        <source>--tag %1 is not a valid image tag.</source>
        <translation>--tag %1 不是有效的映像标记。</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2); check that it exists.
</source>
        <translation>警告: 标记 %1 不在标记列表（%2）中；请检查它是否存在。
</translation>
    </message>
    <message>
        <source>warning: %1 is not a pinned 2.x.y tag; production deployments should pin one.
</source>
        <translation>警告: %1 不是固定的 2.x.y 标记；生产部署应固定到此类标记。
</translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: 错误: %2
</translation>
    </message>
    <message>
        <source>%1: question: %2
</source>
        <translation>%1: 问题: %2
</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: 警告: %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>已写入 %1
</translation>
    </message>
    <message>
        <source>kept the original as %1
</source>
        <translation>原始文件已保留为 %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误: %1
</translation>
    </message>
    <message>
        <source>--tags-url: %1.</source>
        <translation>--tags-url: %1。</translation>
    </message>
    <message>
        <source>--ca-file %1: no such file.</source>
        <translation>--ca-file %1: 文件不存在。</translation>
    </message>
    <message>
        <source>--timeout %1: give the seconds to wait, more than 0 and at most 3600.</source>
        <translation>--timeout %1: 请指定等待的秒数，须大于 0 且不超过 3600。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>  (recommended)</source>
        <translation>  (推荐)</translation>
    </message>
    <message>
        <source>Read the tag list (MCR tags/list JSON, or the JSON of &apos;tags --json&apos;) from FILE.</source>
        <translation>从 FILE 读取标记列表（MCR tags/list JSON，或 &apos;tags --json&apos; 输出的 JSON）。</translation>
    </message>
    <message>
        <source>Tag list URL of a registry that mirrors the image (default: MCR). https only; plain http only for loopback hosts.</source>
        <translation>镜像该映像的注册表的标记列表 URL（默认：MCR）。仅支持 https；仅环回主机可使用纯 http。</translation>
    </message>
    <message>
        <source>No network: the cached tag list (of --tags-url, default MCR), then the bundled snapshot.</source>
        <translation>不使用网络：先使用缓存的标记列表（--tags-url 的列表，默认为 MCR），再使用内置快照。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (for a private registry).</source>
        <translation>同时信任 PEM 中的 CA 证书（用于专用注册表）。</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only, never HTTP/2.</source>
        <translation>仅使用 HTTP/1.1，不使用 HTTP/2。</translation>
    </message>
    <message>
        <source>Give up on the registry after SEC seconds (default 60).</source>
        <translation>SEC 秒后放弃访问注册表（默认 60）。</translation>
    </message>
    <message>
        <source>--tags-file %1: %2. Expected the JSON of GET /v2/azure-api-management/gateway/tags/list.</source>
        <translation>--tags-file %1: %2。应为 GET /v2/azure-api-management/gateway/tags/list 返回的 JSON。</translation>
    </message>
    <message>
        <source>note: the live tag list failed: %1; using the %2.
</source>
        <translation>注意: 获取实时标记列表失败：%1；将使用 %2。
</translation>
    </message>
    <message>
        <source>note: offline: %1; using the %2.
</source>
        <translation>注意: 脱机：%1；将使用 %2。
</translation>
    </message>
    <message>
        <source>warning: %1.
</source>
        <translation>警告: %1。
</translation>
    </message>
    <message>
        <source>List the image tags of azure-api-management/gateway with their kind (pinned, preview, rolling, floating,
legacy, other) and the recommended pinned tag. By default the live MCR list; when the registry cannot be
reached, the cached list of the last live fetch, then the bundled snapshot (a note on stderr says so).
The cache lives in %1.</source>
        <translation>列出 azure-api-management/gateway 的映像标记及其类型（pinned、preview、rolling、floating、legacy、other）
以及推荐的固定标记。默认使用 MCR 的实时列表；无法访问注册表时，先使用上次实时获取的列表缓存，
再使用内置快照（stderr 中会有相应说明）。
缓存位于 %1。</translation>
    </message>
    <message>
        <source>Print JSON: source, url, fetchedAt, recommended, tags [{name, kind}], and more.</source>
        <translation>输出 JSON：source、url、fetchedAt、recommended、tags [{name, kind}] 等。</translation>
    </message>
    <message>
        <source>Also pin TAG by digest: ask the registry (of --tags-url, default MCR) for its manifest digest and print TAG@sha256:...</source>
        <translation>同时按摘要固定 TAG：向注册表（--tags-url 指定的注册表，默认为 MCR）查询其清单摘要，并输出 TAG@sha256:...</translation>
    </message>
    <message>
        <source>tags: %1
</source>
        <translation>tags: %1
</translation>
    </message>
    <message>
        <source>Run &apos;apim-gateway-migrator tags --help&apos;.
</source>
        <translation>请运行 &apos;apim-gateway-migrator tags --help&apos;。
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--digest asks the registry; it cannot be combined with --offline.</source>
        <translation>--digest 需要查询注册表；不能与 --offline 一起使用。</translation>
    </message>
    <message>
        <source>--digest %1 is not a valid tag name.</source>
        <translation>--digest %1 不是有效的标记名称。</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2).
</source>
        <translation>警告: 标记 %1 不在标记列表（%2）中。
</translation>
    </message>
    <message>
        <source>--digest %1: %2</source>
        <translation>--digest %1: %2</translation>
    </message>
    <message>
        <source>source: %1
</source>
        <translation>来源: %1
</translation>
    </message>
    <message>
        <source>proxy: %1
</source>
        <translation>代理: %1
</translation>
    </message>
    <message>
        <source>digest: %1</source>
        <translation>摘要: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>registry Last-Modified: %1
</source>
        <translation>注册表 Last-Modified: %1
</translation>
    </message>
    <message>
        <source>Check live that the endpoints the v2 gateway needs answer, layer by layer: DNS, TCP, TLS (certificate
details against the system&apos;s trust store plus --ca-file) and HTTP (any status means the endpoint
answers), through HTTPS_PROXY/NO_PROXY or the system proxy. The port defaults to 443. --from takes the
endpoints from deployment files: the v2 configuration host the migration writes.
Deadlines per layer: DNS 5 s, TCP 5 s per address, TLS 10 s, HTTP 30 s without data.
Exit codes: 0 all passed, 1 a check failed, 2 error.</source>
        <translation>逐层实时检查 v2 网关所需的终结点是否响应：DNS、TCP、TLS（根据系统信任存储和 --ca-file
检查证书详细信息）和 HTTP（返回任何状态码即表示终结点有响应），通过 HTTPS_PROXY/NO_PROXY
或系统代理进行。端口默认为 443。--from 从部署文件中获取终结点，
即迁移写入的 v2 配置主机。
各层时限：DNS 5 秒，TCP 每个地址 5 秒，TLS 10 秒，HTTP 无数据 30 秒。
退出代码：0 全部通过，1 有检查失败，2 错误。</translation>
    </message>
    <message>
        <source>An endpoint to check, e.g. contoso.configuration.azure-api.net.</source>
        <translation>要检查的终结点，例如 contoso.configuration.azure-api.net。</translation>
    </message>
    <message>
        <source>Check the endpoints of the deployment files or folder PATH (repeatable).</source>
        <translation>检查部署文件或文件夹 PATH 中的终结点（可重复指定）。</translation>
    </message>
    <message>
        <source>Resolve through the DNS server IP (port 53) instead of the system resolver, e.g. for a private DNS zone.</source>
        <translation>通过 DNS 服务器 IP（端口 53）而不是系统解析程序进行解析，例如用于专用 DNS 区域。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (a TLS-inspecting proxy&apos;s or a private CA).</source>
        <translation>同时信任 PEM 中的 CA 证书（TLS 检查代理或专用 CA 的证书）。</translation>
    </message>
    <message>
        <source>Give each layer at most SEC seconds (instead of 5, 5, 10 and 30).</source>
        <translation>每层最多等待 SEC 秒（默认为 5、5、10 和 30 秒）。</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}.</source>
        <translation>输出 JSON：{&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}。</translation>
    </message>
    <message>
        <source>check: %1
</source>
        <translation>check: %1
</translation>
    </message>
    <message>
        <source>Run &apos;apim-gateway-migrator check --help&apos;.
</source>
        <translation>请运行 &apos;apim-gateway-migrator check --help&apos;。
</translation>
    </message>
    <message>
        <source>--dns-server %1: give the DNS server&apos;s IP address.</source>
        <translation>--dns-server %1: 请指定 DNS 服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: error: %3
</source>
        <translation>%1:%2: 错误: %3
</translation>
    </message>
    <message>
        <source>note: not checked: %1
</source>
        <translation>注意: 未检查: %1
</translation>
    </message>
    <message>
        <source>give at least one HOST[:PORT] or --from PATH.</source>
        <translation>请至少指定一个 HOST[:PORT] 或 --from PATH。</translation>
    </message>
    <message>
        <source>no v2 configuration host to check in %1; name one as HOST.</source>
        <translation>%1 中没有要检查的 v2 配置主机；请以 HOST 形式指定一个。</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>网关 Pod 将看到的情况（根据文件）与本计算机的对比：
</translation>
    </message>
    <message>
        <source>Usage:
  apim-gateway-migrator [--demo] [PATH...]          open the wizard (preloaded with PATHs or the training set)
  apim-gateway-migrator migrate [options] PATH...   plan and apply the v2 migration without a GUI
  apim-gateway-migrator tags [--tags-file FILE | --tags-url URL | --offline] [--json] [--digest TAG]
                                                    list the image tags (live MCR, cache or bundled snapshot)
  apim-gateway-migrator check [--dns-server IP] [--ca-file PEM] [--timeout SEC] [--json] (HOST[:PORT] | --from PATH)...
                                                    check DNS, TCP, TLS and HTTP of the endpoints the v2 gateway needs
  apim-gateway-migrator --version | --help
Every command accepts --lang CODE (de, fr, ja, zh_CN; default: the system language).

Run &apos;apim-gateway-migrator migrate --help&apos;, &apos;tags --help&apos; or &apos;check --help&apos; for their options.
Exit codes: 0 success, 1 changes pending or questions open (--check) or a check failed, 2 error.
</source>
        <translation>用法:
  apim-gateway-migrator [--demo] [PATH...]          打开向导（预先加载 PATH 或培训示例）
  apim-gateway-migrator migrate [options] PATH...   无需 GUI 即可规划并应用 v2 迁移
  apim-gateway-migrator tags [--tags-file FILE | --tags-url URL | --offline] [--json] [--digest TAG]
                                                    列出映像标记（MCR 实时列表、缓存或内置快照）
  apim-gateway-migrator check [--dns-server IP] [--ca-file PEM] [--timeout SEC] [--json] (HOST[:PORT] | --from PATH)...
                                                    检查 v2 网关所需终结点的 DNS、TCP、TLS 和 HTTP
  apim-gateway-migrator --version | --help
所有命令都接受 --lang CODE（de、fr、ja、zh_CN；默认：系统语言）。

有关各命令的选项，请运行 &apos;apim-gateway-migrator migrate --help&apos;、&apos;tags --help&apos; 或 &apos;check --help&apos;。
退出代码：0 成功，1 有待应用的更改或未决问题（--check）或有检查失败，2 错误。
</translation>
    </message>
    <message>
        <source>Every command also accepts --verbose (-v): it logs each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.
</source>
        <translation>所有命令还接受 --verbose（-v）：将每个步骤记录到 stderr（读取的文件、发现结果、编辑、写入、网络请求）；绝不记录机密。
</translation>
    </message>
    <message>
        <source>Log each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.</source>
        <translation>将每个步骤记录到 stderr（读取的文件、发现结果、编辑、写入、网络请求）；绝不记录机密。</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告: %1
</translation>
    </message>
    <message>
        <source>The wizard also accepts --recipe FILE: it starts from the decisions of a recipe (migration-recipe.json; see &apos;migrate --help&apos;).
</source>
        <translation>向导也接受 --recipe FILE：它从配方的决定开始（migration-recipe.json；请参阅“migrate --help”）。
</translation>
    </message>
    <message>
        <source>Start from the decisions of a recipe (migration-recipe.json).</source>
        <translation>从配方的决定开始（migration-recipe.json）。</translation>
    </message>
    <message>
        <source>Fix the recipe, or start without --recipe.
</source>
        <translation>请修复配方，或不带 --recipe 启动。
</translation>
    </message>
    <message>
        <source>%1: files %2, pending %3, errors %4
</source>
        <translation>%1：文件 %2，待定 %3，错误 %4
</translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension: .md, .html, .json or .sarif (SARIF 2.1.0 for code scanning). An existing file is never replaced; with --out or --in-place the report is written only after the files.</source>
        <translation>写入报告；格式取决于扩展名：.md、.html、.json 或 .sarif（用于代码扫描的 SARIF 2.1.0）。绝不替换现有文件；使用 --out 或 --in-place 时，报告仅在文件之后写入。</translation>
    </message>
    <message>
        <source>Apply the decisions of a recipe (tag, endpoint answers, skipped steps, changes left out); --tag, --endpoint and --skip override it.</source>
        <translation>应用配方的决定（标记、终结点回答、跳过的步骤、排除的更改）；--tag、--endpoint 和 --skip 会覆盖它。</translation>
    </message>
    <message>
        <source>Write the recipe of this run&apos;s decisions to FILE (never replaces a file).</source>
        <translation>将本次运行的决定配方写入 FILE（绝不替换文件）。</translation>
    </message>
    <message>
        <source>--endpoint %1 cannot be used: %2.</source>
        <translation>无法使用 --endpoint %1：%2。</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html, .json or .sarif file name.</source>
        <translation>--report %1：请使用 .md、.html、.json 或 .sarif 文件名。</translation>
    </message>
    <message>
        <source>--report %1 already exists; choose another name (nothing was written).</source>
        <translation>--report %1 已存在；请选择其他名称（未写入任何内容）。</translation>
    </message>
    <message>
        <source>--save-recipe %1 already exists; choose another name (nothing was written).</source>
        <translation>--save-recipe %1 已存在；请选择其他名称（未写入任何内容）。</translation>
    </message>
    <message>
        <source>migrate: fix the recipe (or write a new one with --save-recipe), then run again; nothing was written.
</source>
        <translation>migrate：请修复配方（或使用 --save-recipe 编写新配方），然后再次运行；未写入任何内容。
</translation>
    </message>
    <message>
        <source>--tag %1 is a v0/v1 gateway image (or no 2.x.y version); give a pinned 2.x.y tag such as %2.</source>
        <translation>--tag %1 是 v0/v1 网关映像（或没有 2.x.y 版本）；请提供固定的 2.x.y 标记，例如 %2。</translation>
    </message>
    <message>
        <source>%1:%2: note: %3
</source>
        <translation>%1:%2: 注意: %3
</translation>
    </message>
    <message>
        <source>%1: change by hand: %2
</source>
        <translation>%1: 需手动更改: %2
</translation>
    </message>
    <message>
        <source>%1: left out (%2): %3
</source>
        <translation>%1: 已排除（%2）: %3
</translation>
    </message>
    <message>
        <source>wrote the report %1
</source>
        <translation>已写入报告 %1
</translation>
    </message>
    <message>
        <source>--report %1: %2
</source>
        <translation>--report %1: %2
</translation>
    </message>
    <message>
        <source>--save-recipe %1: %2
</source>
        <translation>--save-recipe %1: %2
</translation>
    </message>
    <message>
        <source>status: %1
</source>
        <translation>状态: %1
</translation>
    </message>
    <message>
        <source>--tags-file excludes --tags-url.</source>
        <translation>--tags-file 与 --tags-url 不能同时使用。</translation>
    </message>
    <message>
        <source>warning: %1; the registry was asked %2. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported): fix it or unset it.
</source>
        <translation>警告：%1；已向注册表查询 %2。代理 URL 形如 http://HOST:PORT 或 socks5h://HOST:PORT（不支持 https:// 代理 URL）：请修复或取消设置它。
</translation>
    </message>
    <message>
        <source>through %1 instead</source>
        <translation>改为通过 %1</translation>
    </message>
    <message>
        <source>without a proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>apim-gateway-migrator: the wizard cannot open: its module %1 could not be loaded: %2
The installation is incomplete; reinstall APIM Gateway Migrator. The commands migrate, tags and check do not need the module.
</source>
        <translation>apim-gateway-migrator：无法打开向导：无法加载其模块 %1：%2
安装不完整；请重新安装 APIM Gateway Migrator。migrate、tags 和 check 命令不需要该模块。
</translation>
    </message>
    <message>
        <source>the network module %1 could not be loaded: %2. The installation is incomplete; reinstall APIM Gateway Migrator (--offline and --tags-file work without the module).</source>
        <translation>无法加载网络模块 %1：%2。安装不完整；请重新安装 APIM Gateway Migrator（--offline 和 --tags-file 不需要该模块即可使用）。</translation>
    </message>
</context>
<context>
    <name>agm::net</name>
    <message>
        <source>none (%1 matches %2)</source>
        <translation>无（%1 与 %2 匹配）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>system proxy %1</source>
        <translation>系统代理 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; 不是绝对 URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; 没有主机</translation>
    </message>
    <message>
        <source>%1: credentials in the URL are not supported</source>
        <translation>%1: 不支持 URL 中的凭据</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https</source>
        <translation>%1: 仅环回主机（127.0.0.1、::1、localhost）允许使用纯 http；请使用 https</translation>
    </message>
    <message>
        <source>%1: only https URLs are supported</source>
        <translation>%1: 仅支持 https URL</translation>
    </message>
    <message>
        <source>refused to go from https to plain http (%1)</source>
        <translation>已拒绝从 https 重定向到纯 http（%1）</translation>
    </message>
    <message>
        <source>no cached tag list for %1</source>
        <translation>没有 %1 的缓存标记列表</translation>
    </message>
    <message>
        <source>cannot read the cached tag list %1 (%2)</source>
        <translation>无法读取缓存的标记列表 %1（%2）</translation>
    </message>
    <message>
        <source>the cached tag list %1 is too large; delete it</source>
        <translation>缓存的标记列表 %1 过大；请将其删除</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: %2</source>
        <translation>缓存的标记列表 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: no valid &quot;fetchedAt&quot;</source>
        <translation>缓存的标记列表 %1 已损坏：没有有效的 &quot;fetchedAt&quot;</translation>
    </message>
    <message>
        <source>cannot create the cache folder %1</source>
        <translation>无法创建缓存文件夹 %1</translation>
    </message>
    <message>
        <source>not found; check the registry URL and repository name</source>
        <translation>未找到；请检查注册表 URL 和存储库名称</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>the registry failed; try again later</source>
        <translation>注册表出错；请稍后重试</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>live from %1, fetched %2</source>
        <translation>实时获取自 %1，获取于 %2</translation>
    </message>
    <message>
        <source>cache of %1, fetched %2 (%3 ago)</source>
        <translation>%1 的缓存，获取于 %2（%3前）</translation>
    </message>
    <message>
        <source>bundled snapshot of %1</source>
        <translation>%1 的内置快照</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s (the deadline)</source>
        <translation>%1：在期限 %2 秒内未收到完整响应</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name</source>
        <translation>&apos;%1&apos; 不是有效的标记名称</translation>
    </message>
    <message>
        <source>%1 does not name a repository (expected https://HOST/v2/REPOSITORY/tags/list)</source>
        <translation>%1 未指定存储库（应为 https://HOST/v2/REPOSITORY/tags/list）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>CA 文件 %1：无法读取（%2）</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>CA 文件 %1：其中没有 PEM 证书</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>此版本不支持 TLS</translation>
    </message>
    <message>
        <source>refused to send the registry token to another host (%1)</source>
        <translation>已拒绝将注册表令牌发送到其他主机（%1）</translation>
    </message>
    <message>
        <source>%1: redirect refused: %2</source>
        <translation>%1：已拒绝重定向：%2</translation>
    </message>
    <message>
        <source>the registry has no manifest for tag %1</source>
        <translation>注册表中没有标记 %1 的清单</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: no data for %2 s (inactivity timeout)</source>
        <translation>%1：%2 秒内未收到数据（非活动超时）</translation>
    </message>
    <message>
        <source>%1: TLS certificate not accepted (%2). TLS is never bypassed; a private CA can be trusted explicitly with a CA file.</source>
        <translation>%1：TLS 证书未被接受（%2）。绝不会绕过 TLS；可以通过 CA 文件显式信任私有 CA。</translation>
    </message>
    <message>
        <source>%1: %2 (through %3)</source>
        <translation>%1: %2（通过 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the token service refused an anonymous token (HTTP 401)</source>
        <translation>%1：令牌服务拒绝颁发匿名令牌（HTTP 401）</translation>
    </message>
    <message>
        <source>%1: HTTP 401: the registry asks for %2 credentials; only anonymous access is supported</source>
        <translation>%1：HTTP 401：注册表要求提供凭据（%2）；仅支持匿名访问</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定类型</translation>
    </message>
    <message>
        <source>%1: HTTP 401 even with an anonymous token: the repository needs credentials</source>
        <translation>%1：即使使用匿名令牌也返回 HTTP 401：该存储库需要凭据</translation>
    </message>
    <message>
        <source>%1: token service refused: %2</source>
        <translation>%1：令牌服务拒绝：%2</translation>
    </message>
    <message>
        <source>%1: the token service answered without a usable &quot;token&quot; or &quot;access_token&quot;</source>
        <translation>%1：令牌服务的响应中没有可用的 &quot;token&quot; 或 &quot;access_token&quot;</translation>
    </message>
    <message>
        <source>%1: HTTP 429 Too Many Requests: the registry is limiting requests</source>
        <translation>%1：HTTP 429 Too Many Requests：注册表正在限制请求</translation>
    </message>
    <message>
        <source>; it asks to retry after %1 s</source>
        <translation>；它要求在 %1 秒后重试</translation>
    </message>
    <message>
        <source> (already retried once)</source>
        <translation> (已重试过一次)</translation>
    </message>
    <message>
        <source> (longer than the deadline allows)</source>
        <translation> (等待时间超出期限，不再重试)</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>第 %1 页（%2）：%3</translation>
    </message>
    <message>
        <source>page %1 (%2): more than %3 tags in all; refused</source>
        <translation>第 %1 页（%2）：标记总数超过 %3 个，已拒绝</translation>
    </message>
    <message>
        <source>page %1 (%2): next-page link refused: %3</source>
        <translation>第 %1 页（%2）：已拒绝下一页链接：%3</translation>
    </message>
    <message>
        <source>page %1 (%2): the next-page link leads back to %3</source>
        <translation>第 %1 页（%2）：下一页链接指回 %3</translation>
    </message>
    <message>
        <source>page %1 (%2): the list goes on beyond %3 pages; refused</source>
        <translation>第 %1 页（%2）：列表超过 %3 页，已拒绝</translation>
    </message>
    <message>
        <source>%1: the registry sent no Docker-Content-Digest header</source>
        <translation>%1：注册表未发送 Docker-Content-Digest 标头</translation>
    </message>
    <message>
        <source>%1: Docker-Content-Digest &apos;%2&apos; is not sha256: and 64 lowercase hex digits</source>
        <translation>%1：Docker-Content-Digest &apos;%2&apos; 不是 sha256: 加 64 位小写十六进制数字的格式</translation>
    </message>
    <message>
        <source>; no cached copy yet</source>
        <translation>；尚无缓存副本</translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a tag list</source>
        <translation>大于 %1 MB；不是标记列表</translation>
    </message>
    <message>
        <source>cannot write the tag cache: %1</source>
        <translation>无法写入标记缓存：%1</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB; refused</source>
        <translation>响应大于 %1 MB；已拒绝</translation>
    </message>
    <message>
        <source>the answer is compressed as &apos;%1&apos;, which this program cannot read; a proxy may have changed it: check the proxy&apos;s settings</source>
        <translation>响应以“%1”压缩，此程序无法读取；可能是代理更改了它：请检查代理的设置</translation>
    </message>
    <message>
        <source>the answer&apos;s %1 data is broken or cut short; try again, and if it persists check the proxy or the registry</source>
        <translation>响应的 %1 数据已损坏或被截断；请重试，如果问题仍然存在，请检查代理或注册表</translation>
    </message>
    <message>
        <source>%1 (%2) ignored: not an http://, socks5:// or socks5h:// proxy URL</source>
        <translation>已忽略 %1（%2）：不是 http://、socks5:// 或 socks5h:// 代理 URL</translation>
    </message>
    <message>
        <source>too many redirects (loop) at %1; check the tag list URL, or ask the registry&apos;s operator to fix its redirects</source>
        <translation>在 %1 处重定向次数过多（循环）；请检查标记列表 URL，或请注册表的运营方修复其重定向</translation>
    </message>
    <message>
        <source>%1: redirect to a non-HTTP(S) URL refused (%2); check the tag list URL: it must lead to an https registry</source>
        <translation>%1：已拒绝重定向到非 HTTP(S) URL（%2）；请检查标记列表 URL：它必须指向 https 注册表</translation>
    </message>
</context>
<context>
    <name>agm::net::Checks</name>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>CA 文件 %1：无法读取（%2）</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>CA 文件 %1：其中没有 PEM 证书</translation>
    </message>
    <message>
        <source>firewall on 443: %1Allow outbound TCP 443 from the gateway&apos;s network to this host (the v2 gateway needs it for its configuration, heartbeat and telemetry); behind a proxy, set HTTPS_PROXY.</source>
        <translation>443 端口防火墙：%1请允许从网关所在网络到此主机的出站 TCP 443 流量（v2 网关的配置、检测信号和遥测都需要它）；如果位于代理之后，请设置 HTTPS_PROXY。</translation>
    </message>
    <message>
        <source>custom domain: the certificate must name the host the gateway connects to. If the configuration endpoint has a custom hostname, use exactly that name (and a certificate that covers it, gateway 2.3.0 or later).</source>
        <translation>自定义域：证书必须包含网关所连接主机的名称。如果配置终结点使用自定义主机名，请准确使用该名称（还需要涵盖该名称的证书，网关版本须为 2.3.0 或更高）。</translation>
    </message>
    <message>
        <source>proxy: check HTTPS_PROXY and NO_PROXY (here and in the gateway&apos;s environment), the proxy&apos;s address and credentials, and that it allows CONNECT to this host on 443.</source>
        <translation>代理：请检查 HTTPS_PROXY 和 NO_PROXY（此处及网关环境中的设置）、代理的地址和凭据，以及代理是否允许通过 443 端口对此主机执行 CONNECT。</translation>
    </message>
    <message>
        <source>DNS server %1: not an IP address</source>
        <translation>DNS 服务器 %1：不是 IP 地址</translation>
    </message>
    <message>
        <source>the chosen proxy %1:%2</source>
        <translation>所选代理 %1:%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有响应</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete within %1 s</source>
        <translation>TLS 握手未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>the port accepts connections but TLS never completes: a firewall or proxy may be holding the connection, or this port does not speak TLS. %1</source>
        <translation>该端口接受连接，但 TLS 始终无法完成：可能是防火墙或代理挂起了连接，或者此端口不使用 TLS。%1</translation>
    </message>
    <message>
        <source>no HTTP answer: nothing received for %1 s</source>
        <translation>没有 HTTP 响应：%1 秒内未收到任何数据</translation>
    </message>
    <message>
        <source>none (an IP address)</source>
        <translation>无（IP 地址）</translation>
    </message>
    <message>
        <source>host table</source>
        <translation>主机表</translation>
    </message>
    <message>
        <source>the host table maps %1 to &apos;%2&apos;, which is no IP address</source>
        <translation>主机表将 %1 映射到 &apos;%2&apos;，但这不是 IP 地址</translation>
    </message>
    <message>
        <source>an IP address: nothing to resolve</source>
        <translation>IP 地址：无需解析</translation>
    </message>
    <message>
        <source>from the host table (like hostAliases): %1</source>
        <translation>来自主机表（类似 hostAliases）：%1</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>not resolved here: the proxy resolves %1</source>
        <translation>此处不解析：由代理解析 %1</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>DNS 服务器 %1</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>系统解析程序</translation>
    </message>
    <message>
        <source>%1 does not resolve (system resolver: %2)</source>
        <translation>无法解析 %1（系统解析程序：%2）</translation>
    </message>
    <message>
        <source>lookup failed (system resolver: %1)</source>
        <translation>查找失败（系统解析程序：%1）</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN from %2)</source>
        <translation>%1 不存在（来自 %2 的 NXDOMAIN）</translation>
    </message>
    <message>
        <source>no A or AAAA record, or no usable answer at all</source>
        <translation>没有 A 或 AAAA 记录，或者根本没有可用的响应</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 addresses: %2 (%3)</source>
        <translation>%1 个地址：%2（%3）</translation>
    </message>
    <message>
        <source>CNAME chain: %1</source>
        <translation>CNAME 链：%1</translation>
    </message>
    <message>
        <source>private addresses: %1</source>
        <translation>专用地址：%1</translation>
    </message>
    <message>
        <source>; resolves to a private address (%1)</source>
        <translation>；解析为专用地址（%1）</translation>
    </message>
    <message>
        <source>private endpoint: the address is reachable only from networks connected to the API Management virtual network (peering, VPN, ExpressRoute). Make sure the gateway&apos;s network routes there; from elsewhere the public name needs a public record or a custom domain.</source>
        <translation>专用终结点：只有从连接到 API Management 虚拟网络的网络（对等互连、VPN、ExpressRoute）才能访问此地址。请确保网关所在的网络能路由到那里；从其他位置访问时，公共名称需要公共记录或自定义域。</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>没有可连接的地址</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>nothing listens on port %1 there, or a firewall rejects the connection</source>
        <translation>该处没有任何程序在端口 %1 上侦听，或者防火墙拒绝了连接</translation>
    </message>
    <message>
        <source>no answer: a firewall may drop the connection</source>
        <translation>没有响应：防火墙可能丢弃了连接</translation>
    </message>
    <message>
        <source>%1:%2 through the proxy</source>
        <translation>%1:%2（通过代理）</translation>
    </message>
    <message>
        <source>tunnel to %1:%2 through %3 in %4 ms</source>
        <translation>已通过 %3 建立到 %1:%2 的隧道，用时 %4 毫秒</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>已连接到 %1，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>network unreachable (%1)</source>
        <translation>网络不可达（%1）</translation>
    </message>
    <message>
        <source>the connection broke before an HTTP answer: %1</source>
        <translation>收到 HTTP 响应之前连接已断开：%1</translation>
    </message>
    <message>
        <source>no tunnel through %1 within %2 s</source>
        <translation>%2 秒内未能通过 %1 建立隧道</translation>
    </message>
    <message>
        <source>the proxy (%1) cannot be reached: %2</source>
        <translation>无法访问代理（%1）：%2</translation>
    </message>
    <message>
        <source>the proxy (%1) refused the credentials (HTTP 407)</source>
        <translation>代理（%1）拒绝了凭据（HTTP 407）</translation>
    </message>
    <message>
        <source>the proxy (%1) asks for credentials (HTTP 407); put them in the proxy URL</source>
        <translation>代理（%1）要求提供凭据（HTTP 407）；请将凭据放入代理 URL 中</translation>
    </message>
    <message>
        <source>the proxy (%1) does not answer</source>
        <translation>代理（%1）没有响应</translation>
    </message>
    <message>
        <source>the proxy (%1) did not open a tunnel to %2:%3: %4</source>
        <translation>代理（%1）未打开到 %2:%3 的隧道：%4</translation>
    </message>
    <message>
        <source>this build has no TLS support (%1)</source>
        <translation>此版本不支持 TLS（%1）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <source>names: %1 (%2)</source>
        <translation>名称：%1（%2）</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>与 %1 匹配</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>与 %1 不匹配</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>valid until %1 (%2 days left)</source>
        <translation>有效期至 %1（剩余 %2 天）</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>证书链：%1</translation>
    </message>
    <message>
        <source>trusted through the CA file %1</source>
        <translation>通过 CA 文件 %1 受信任</translation>
    </message>
    <message>
        <source>%1, certificate for %2 from %3, valid for %4 more days</source>
        <translation>%1，由 %3 颁发的 %2 证书，有效期还剩 %4 天</translation>
    </message>
    <message>
        <source>issued by %1, not by Microsoft&apos;s CA: likely TLS-inspecting proxy. This computer trusts it; the gateway pod may not</source>
        <translation>由 %1 而非 Microsoft 的 CA 颁发：可能是执行 TLS 检查的代理。本计算机信任它，但网关 Pod 可能不信任</translation>
    </message>
    <message>
        <source>; expires soon (%1)</source>
        <translation>；即将过期（%1）</translation>
    </message>
    <message>
        <source>the certificate expired on %1 (%2 days ago)</source>
        <translation>证书已于 %1 过期（%2 天前）</translation>
    </message>
    <message>
        <source>expired certificate: renew it if this is your custom domain&apos;s certificate; a TLS-inspecting proxy with an expired certificate looks the same. %1</source>
        <translation>证书已过期：如果这是你的自定义域证书，请续订；使用过期证书的 TLS 检查代理看起来也是这样。%1</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1 (check this computer&apos;s clock)</source>
        <translation>证书在 %1 之前无效（请检查本计算机的时钟）</translation>
    </message>
    <message>
        <source>SAN mismatch: the certificate names %1, not %2</source>
        <translation>SAN 不匹配：证书中的名称是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the chain ends in an unknown or private root (%1): likely TLS-inspecting proxy</source>
        <translation>证书链以未知或私有的根证书（%1）结尾：可能是执行 TLS 检查的代理</translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation>验证：%1</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>服务器在 TLS 握手期间关闭了连接</translation>
    </message>
    <message>
        <source>something between this computer and the host (a proxy or firewall) may block TLS to it, or the port does not speak TLS. %1</source>
        <translation>本计算机与主机之间的某个设备（代理或防火墙）可能阻止了到该主机的 TLS，或者该端口不使用 TLS。%1</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>响应不是 HTTP</translation>
    </message>
    <message>
        <source>the answer is not HTTP: %1</source>
        <translation>响应不是 HTTP：%1</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (通过 %1)</translation>
    </message>
    <message>
        <source>%1: something in between answers, but not the service%2</source>
        <translation>%1：响应来自中间的某个设备，而不是服务本身%2</translation>
    </message>
    <message>
        <source>a proxy or Application Gateway in front of the endpoint could not reach it; check its backend. %1</source>
        <translation>终结点前面的代理或 Application Gateway 无法访问该终结点；请检查其后端。%1</translation>
    </message>
    <message>
        <source>%1: the endpoint answers%2</source>
        <translation>%1：终结点已响应%2</translation>
    </message>
    <message>
        <source>the connection closed without an HTTP answer</source>
        <translation>连接已关闭，未收到 HTTP 响应</translation>
    </message>
    <message>
        <source>the DNS server field</source>
        <translation>“DNS 服务器”字段</translation>
    </message>
    <message>
        <source>the CA file field</source>
        <translation>“CA 文件”字段</translation>
    </message>
    <message>
        <source>private DNS zone: if the API Management instance is in an internal virtual network, its configuration host resolves only through the private DNS zone linked to that network. Check with %1 set to a resolver of that zone, or give the gateway a hostAliases entry; a custom domain needs its own DNS record.</source>
        <translation>专用 DNS 区域：如果 API Management 实例位于内部虚拟网络中，则其配置主机只能通过链接到该网络的专用 DNS 区域进行解析。请将 %1 设置为该区域的解析程序后再检查，或为网关提供 hostAliases 条目；自定义域需要其自己的 DNS 记录。</translation>
    </message>
    <message>
        <source>custom CA: if your network inspects TLS, get the proxy&apos;s root certificate from your network team, check again with %1, and give the gateway pod the same CA (certificates.local.ca); otherwise ask why a proxy answers for this host.</source>
        <translation>自定义 CA：如果你的网络会检查 TLS，请从网络团队获取代理的根证书，使用 %1 再次检查，并为网关 Pod 提供相同的 CA（certificates.local.ca）；否则，请询问为何由代理响应此主机。</translation>
    </message>
    <message>
        <source>DNS: the resolver does not answer. Check the DNS server (%1) and that this computer can reach it; a private DNS zone&apos;s resolver is often reachable only from inside the network.</source>
        <translation>DNS：解析程序没有响应。请检查 DNS 服务器（%1）以及此计算机能否访问它；专用 DNS 区域的解析程序通常只能从网络内部访问。</translation>
    </message>
    <message>
        <source>checked through %1 instead</source>
        <translation>改为通过 %1 检查</translation>
    </message>
    <message>
        <source>checked without a proxy</source>
        <translation>不使用代理检查</translation>
    </message>
    <message>
        <source>proxy: fix %1 or unset it. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported); check the gateway&apos;s own environment too.</source>
        <translation>代理：请修复或取消设置 %1。代理 URL 形如 http://HOST:PORT 或 socks5h://HOST:PORT（不支持 https:// 代理 URL）；也请检查网关自身的环境。</translation>
    </message>
</context>
</TS>
