<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>%1: %2 is not a v2 host yet (%3); answer it in the endpoint step or with --endpoint</source>
        <translation>%1: %2 还不是 v2 主机（%3）；请在终结点步骤中或使用 --endpoint 指定</translation>
    </message>
    <message>
        <source>%1: %2 is built from a shell variable (%3); check the host it expands to</source>
        <translation>%1: %2 由 shell 变量构成（%3）；请检查其展开后的主机</translation>
    </message>
    <message>
        <source>v2 configuration endpoint</source>
        <translation>v2 配置终结点</translation>
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
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
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
        <source>Copy &amp;probe</source>
        <translation>复制探测(&amp;P)</translation>
    </message>
    <message>
        <source>Image %1: curl with a busybox shell. For every endpoint it resolves the name (getent, which honours hostAliases, else nslookup) and runs curl -v over TLS, with the gateway&apos;s proxy variables and hostAliases; it exits 1 when one fails.</source>
        <translation>映像 %1：带 busybox shell 的 curl。它会为每个终结点解析名称（使用遵循 hostAliases 的 getent，否则使用 nslookup），并使用网关的代理变量和 hostAliases 通过 TLS 运行 curl -v；任一终结点失败时以代码 1 退出。</translation>
    </message>
    <message>
        <source>Pro&amp;be as:</source>
        <translation>探测形式(&amp;B)：</translation>
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
        <source>I understand the checks failed</source>
        <translation>我了解检查失败</translation>
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
        <source>&lt;b&gt;Checks were not run&lt;/b&gt;: this session checks nothing on the network (offline). The export is not held up; check later with &lt;code&gt;apim-gateway-migrator check --from &amp;lt;folder&amp;gt;&lt;/code&gt;.</source>
        <translation>&lt;b&gt;未运行检查&lt;/b&gt;：此会话不在网络上执行任何检查（脱机）。导出不受影响；请稍后使用 &lt;code&gt;apim-gateway-migrator check --from &amp;lt;folder&amp;gt;&lt;/code&gt; 进行检查。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法检查：&lt;/b&gt;%1</translation>
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
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1). The export is not held up; Rerun checks again.</source>
        <translation>&lt;b&gt;已取消&lt;/b&gt;（%1）。导出不受影响；可使用“重新运行”再次检查。</translation>
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
</context>
<context>
    <name>agm::Core</name>
    <message>
        <source>Not a deployment file</source>
        <translation>非部署文件</translation>
    </message>
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
        <source>%1 already exists; choose another folder (nothing was written).</source>
        <translation>%1 已存在；请选择其他文件夹（未写入任何内容）。</translation>
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
        <source>Step 2: switch to the Configuration API v2</source>
        <translation>步骤 2：切换到配置 API v2</translation>
    </message>
    <message>
        <source>Each configuration endpoint is listed with its v2 value. Double-click (or press F2 on) the New column to change it; rows marked “needs your answer” cannot be derived and need the v2 host.</source>
        <translation>每个配置终结点都与其 v2 值一起列出。若要更改，请双击“新值”列（或在该列上按 F2）；标记为“需要你回答”的行无法自动推导，需要提供 v2 主机。</translation>
    </message>
    <message>
        <source>Configuration endpoints</source>
        <translation>配置终结点</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) still need the v2 host: type it in the New column, or untick the row to leave it unchanged.</source>
        <translation>
            <numerusform>仍有 %n 个终结点需要 v2 主机：请在“新值”列中输入，或取消选中该行以保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every endpoint has its v2 value.</source>
        <translation>所有终结点都已有 v2 值。</translation>
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
        <source>Rewrite the files &amp;in place, keeping a .bak copy of each original</source>
        <translation>就地改写文件，并为每个原始文件保留 .bak 副本(&amp;I)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Markdown 报告</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>JSON 报告</translation>
    </message>
    <message>
        <source>Unified patch</source>
        <translation>补丁（统一格式）</translation>
    </message>
    <message>
        <source>SHA-256 checksums</source>
        <translation>SHA-256 校验和</translation>
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
        <source>This v1 URL uses the custom management host &apos;%1&apos;, so the v2 configuration host of service &apos;%2&apos; cannot be derived. Enter it (for example %2.configuration.azure-api.net, or your custom configuration host); on the command line use --endpoint.</source>
        <translation>此 v1 URL 使用自定义管理主机 &apos;%1&apos;，因此无法推导服务 &apos;%2&apos; 的 v2 配置主机。请输入该主机（例如 %2.configuration.azure-api.net，或你的自定义配置主机）；在命令行中请使用 --endpoint。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a placeholder. Enter the v2 configuration host (&lt;service&gt;.configuration.azure-api.net); on the command line use --endpoint.</source>
        <translation>终结点 &apos;%1&apos; 是占位符。请输入 v2 配置主机（&lt;service&gt;.configuration.azure-api.net）；在命令行中请使用 --endpoint。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a management host without the v1 path, which no gateway version accepts. The v2 host is probably %2; confirm it (on the command line use --endpoint).</source>
        <translation>终结点 &apos;%1&apos; 是不带 v1 路径的管理主机，任何网关版本都不接受这种形式。v2 主机可能是 %2；请确认（在命令行中请使用 --endpoint）。</translation>
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
        <source>Each row is one change or piece of advice. Space switches a change on or off.</source>
        <translation>每行是一项更改或建议。按空格键可打开或关闭更改。</translation>
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
        <source>Step 1: pin the container image</source>
        <translation>步骤 1：固定容器映像</translation>
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
        <source>&amp;Pin by digest</source>
        <translation>按摘要固定(&amp;P)</translation>
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
</context>
<context>
    <name>agm::ImportPage</name>
    <message>
        <source>Import deployment files</source>
        <translation>导入部署文件</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. Kubernetes YAML, Helm values, Kustomize, compose, env files and docker run scripts are recognised by their content.</source>
        <translation>将文件或文件夹拖放到此处，或使用按钮添加。Kubernetes YAML、Helm values、Kustomize、compose、env 文件和 docker run 脚本会根据其内容识别。</translation>
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
        <source>Deployment files (*.yaml *.yml *.env *.conf *.sh *.ps1);;All files (*)</source>
        <translation>部署文件 (*.yaml *.yml *.env *.conf *.sh *.ps1);;所有文件 (*)</translation>
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
        <source>Findings</source>
        <translation>发现结果</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>已导入的文件</translation>
    </message>
    <message>
        <source>Each imported file with its format and what was found; problems are listed under the file.</source>
        <translation>每个已导入的文件及其格式和发现的内容；问题列在文件下方。</translation>
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
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed</source>
        <translation>
            <numerusform>建议 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项发现结果</numerusform>
        </translation>
    </message>
    <message>
        <source>no gateway found</source>
        <translation>未找到网关</translation>
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
    <message numerus="yes">
        <source>%n file(s) read: %1 with a gateway deployment, %2 with problems.</source>
        <translation>
            <numerusform>已读取 %n 个文件：其中 %1 个包含网关部署，%2 个有问题。</numerusform>
        </translation>
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
</context>
<context>
    <name>agm::Report</name>
    <message>
        <source>needs an answer</source>
        <translation>需要回答</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>建议</translation>
    </message>
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
        <source>- Files: %1, edits: %2, open questions: %3

</source>
        <translation>- 文件：%1，编辑：%2，未决问题：%3

</translation>
    </message>
    <message>
        <source>## `%1`

%2, %3, %4 line endings. </source>
        <translation>## `%1`

%2，%3，换行符：%4。 </translation>
    </message>
    <message>
        <source>No changes.

</source>
        <translation>无更改。

</translation>
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
        <source>&lt;li&gt;Files: %1, edits: %2, open questions: %3&lt;/li&gt;&lt;/ul&gt;
</source>
        <translation>&lt;li&gt;文件：%1，编辑：%2，未决问题：%3&lt;/li&gt;&lt;/ul&gt;
</translation>
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
        <source>No changes.</source>
        <translation>无更改。</translation>
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
        <source>- **Error** `%1`: %2
</source>
        <translation>- **错误** `%1`：%2
</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s).</source>
        <translation>
            <numerusform>%n 处编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>docs</source>
        <translation>文档</translation>
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
        <source>Files with changes</source>
        <translation>包含更改的文件</translation>
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
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
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
        <source>preparing the diff…</source>
        <translation>正在准备差异…</translation>
    </message>
</context>
<context>
    <name>agm::SecurityPage</name>
    <message>
        <source>Step 3: add the security context</source>
        <translation>步骤 3：添加安全上下文</translation>
    </message>
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
        <source>&lt;li&gt;&lt;code&gt;helm upgrade &amp;lt;release&amp;gt; azure-apim-gateway/azure-api-management-gateway -f &amp;lt;values.yaml&amp;gt;&lt;/code&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;code&gt;helm upgrade &amp;lt;release&amp;gt; azure-apim-gateway/azure-api-management-gateway -f &amp;lt;values.yaml&amp;gt;&lt;/code&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;code&gt;docker compose up -d&lt;/code&gt; in the folder of the compose file&lt;/li&gt;</source>
        <translation>&lt;li&gt;在 compose 文件所在的文件夹中运行 &lt;code&gt;docker compose up -d&lt;/code&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;run the updated docker run script (remove the old container first)&lt;/li&gt;</source>
        <translation>&lt;li&gt;运行更新后的 docker run 脚本（请先删除旧容器）&lt;/li&gt;</translation>
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
    <message numerus="yes">
        <source>&lt;b&gt;%n question(s) left open&lt;/b&gt;; the report lists each one.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个问题尚未解决&lt;/b&gt;；报告中列出了每个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;code&gt;kubectl apply -f %1 --recursive&lt;/code&gt; (or &lt;code&gt;kubectl apply -k&lt;/code&gt; for Kustomize)&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;code&gt;kubectl apply -f %1 --recursive&lt;/code&gt;（对于 Kustomize，请使用 &lt;code&gt;kubectl apply -k&lt;/code&gt;）&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Check these files:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;请检查这些文件：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
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
        <source>Write a report; the format follows the extension: .md, .html or .json.</source>
        <translation>写入报告；格式由扩展名决定：.md、.html 或 .json。</translation>
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
        <source>--endpoint %1 is not a host name; give it like contoso.configuration.azure-api.net.</source>
        <translation>--endpoint %1 不是主机名；请按 contoso.configuration.azure-api.net 的形式指定。</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html or .json file name.</source>
        <translation>--report %1: 请使用 .md、.html 或 .json 文件名。</translation>
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
        <source>--tags-file excludes --tags-url and --offline.</source>
        <translation>--tags-file 不能与 --tags-url 或 --offline 同时使用。</translation>
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
        <source>--report %1: %2</source>
        <translation>--report %1: %2</translation>
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
        <source>%1 ignored: not an http:// or socks5:// proxy URL</source>
        <translation>已忽略 %1：不是 http:// 或 socks5:// 代理 URL</translation>
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
        <source>%1: the answer is larger than %2 MB; refused</source>
        <translation>%1：响应大于 %2 MB，已拒绝</translation>
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
        <source>private DNS zone: if the API Management instance is in an internal virtual network, its configuration host resolves only through the private DNS zone linked to that network. Check with --dns-server set to a resolver of that zone, or give the gateway a hostAliases entry; a custom domain needs its own DNS record.</source>
        <translation>专用 DNS 区域：如果 API Management 实例位于内部虚拟网络中，则其配置主机只能通过链接到该网络的专用 DNS 区域进行解析。请将 --dns-server 设置为该区域的解析程序后再检查，或为网关添加 hostAliases 条目；自定义域需要自己的 DNS 记录。</translation>
    </message>
    <message>
        <source>firewall on 443: %1Allow outbound TCP 443 from the gateway&apos;s network to this host (the v2 gateway needs it for its configuration, heartbeat and telemetry); behind a proxy, set HTTPS_PROXY.</source>
        <translation>443 端口防火墙：%1请允许从网关所在网络到此主机的出站 TCP 443 流量（v2 网关的配置、检测信号和遥测都需要它）；如果位于代理之后，请设置 HTTPS_PROXY。</translation>
    </message>
    <message>
        <source>custom CA: if your network inspects TLS, get the proxy&apos;s root certificate from your network team, check again with --ca-file, and give the gateway pod the same CA (certificates.local.ca); otherwise ask why a proxy answers for this host.</source>
        <translation>自定义 CA：如果你的网络会检查 TLS，请向网络团队获取代理的根证书，使用 --ca-file 再次检查，并为网关 Pod 提供相同的 CA（certificates.local.ca）；否则请查明为何会有代理代替此主机响应。</translation>
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
        <source>DNS: the resolver does not answer. Check the DNS server (--dns-server) and that this computer can reach it; a private DNS zone&apos;s resolver is often reachable only from inside the network.</source>
        <translation>DNS：解析程序没有响应。请检查 DNS 服务器（--dns-server）以及本计算机能否访问它；专用 DNS 区域的解析程序通常只能从网络内部访问。</translation>
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
</context>
</TS>
