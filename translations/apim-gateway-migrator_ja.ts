<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>agm</name>
    <message>
        <source>change it by hand: %1</source>
        <translation>手動で変更してください: %1</translation>
    </message>
    <message>
        <source>needs your answer: %1</source>
        <translation>回答が必要です: %1</translation>
    </message>
    <message>
        <source>its step was skipped</source>
        <translation>その手順はスキップされました</translation>
    </message>
    <message>
        <source>switched off by the operator</source>
        <translation>オペレーターがオフにしました</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>v1 URL のまま: このゲートウェイは構成を受信しません</translation>
    </message>
    <message>
        <source>this kind of file</source>
        <translation>この種類のファイル</translation>
    </message>
    <message>
        <source> at line %1:%2</source>
        <translation> (%1 行目、%2 列目)</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> (%1 行目)</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>移行済み</translation>
    </message>
    <message>
        <source>already on v2</source>
        <translation>既に v2</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>読み込み不可</translation>
    </message>
    <message>
        <source>not about the gateway</source>
        <translation>ゲートウェイに関係なし</translation>
    </message>
    <message>
        <source>to change by hand</source>
        <translation>手動で変更</translation>
    </message>
    <message>
        <source>same file as another input</source>
        <translation>他の入力と同じファイル</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更済み</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>it contains a path; give the host only, like contoso.configuration.azure-api.net</source>
        <translation>パスが含まれています。contoso.configuration.azure-api.net のようにホストのみを指定してください</translation>
    </message>
    <message>
        <source>it is not a host name (letters, digits, hyphens and dots, optionally :port)</source>
        <translation>ホスト名ではありません (英字、数字、ハイフン、ドットのみ。必要に応じて :port を付加)</translation>
    </message>
    <message>
        <source>it is the v1 management host, from which a v2 gateway gets no configuration; the v2 host is probably %1</source>
        <translation>これは v1 管理ホストであり、v2 ゲートウェイはここから構成を取得できません。v2 ホストはおそらく %1 です</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; は %3 ではなく %2 である必要があります</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; the keys there are %3. Remove it, or use a version of the tool that knows it</source>
        <translation>%2 に不明なキー &quot;%1&quot; があります。使用できるキーは %3 です。このキーを削除するか、このキーに対応したバージョンのツールを使用してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>a recipe is a JSON object starting with {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2}</source>
        <translation>レシピは {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2} で始まる JSON オブジェクトです</translation>
    </message>
    <message>
        <source>this is not a migration recipe: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>これは移行レシピではありません: &quot;format&quot; は &quot;%1&quot; である必要があります</translation>
    </message>
    <message>
        <source>recipe version %1 is not supported (this version of the tool reads version %2); use the tool that wrote it, or write the recipe again</source>
        <translation>レシピのバージョン %1 はサポートされていません (このバージョンのツールが読み込めるのはバージョン %2 です)。レシピを書き込んだツールを使用するか、レシピをもう一度書き込んでください</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>the recipe</source>
        <translation>レシピ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag; write a pinned 2.x.y tag, optionally with @sha256:&lt;digest&gt;</source>
        <translation>&quot;%1&quot; は有効なイメージ タグではありません。固定の 2.x.y タグを指定してください (必要に応じて @sha256:&lt;digest&gt; を付加)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a v0/v1 gateway image (or no 2.x.y version); write a pinned 2.x.y tag</source>
        <translation>&quot;%1&quot; は v0/v1 ゲートウェイ イメージです (または 2.x.y バージョンではありません)。固定の 2.x.y タグを指定してください</translation>
    </message>
    <message>
        <source>&quot;endpoint&quot; cannot be used: %1</source>
        <translation>&quot;endpoint&quot; は使用できません: %1</translation>
    </message>
    <message>
        <source>each entry of &quot;endpoints&quot; must be an object with &quot;service&quot;, &quot;managementHost&quot; and &quot;host&quot;</source>
        <translation>&quot;endpoints&quot; の各エントリは、&quot;service&quot;、&quot;managementHost&quot;、&quot;host&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>an entry of &quot;endpoints&quot;</source>
        <translation>&quot;endpoints&quot; のエントリ</translation>
    </message>
    <message>
        <source>&quot;host&quot; cannot be used: %1</source>
        <translation>&quot;host&quot; は使用できません: %1</translation>
    </message>
    <message>
        <source>a skipped step is &quot;image&quot;, &quot;endpoint&quot;, &quot;security&quot; or &quot;extras&quot;</source>
        <translation>スキップする手順は &quot;image&quot;、&quot;endpoint&quot;、&quot;security&quot;、&quot;extras&quot; のいずれかです</translation>
    </message>
    <message>
        <source>each entry of &quot;leftOut&quot; must be an object with &quot;rule&quot; and &quot;resource&quot; (and optionally &quot;field&quot;)</source>
        <translation>&quot;leftOut&quot; の各エントリは、&quot;rule&quot; と &quot;resource&quot; (および必要に応じて &quot;field&quot;) を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>an entry of &quot;leftOut&quot;</source>
        <translation>&quot;leftOut&quot; のエントリ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no rule of this tool (the codes are those of migrate --json)</source>
        <translation>&quot;%1&quot; はこのツールのルールではありません (コードは migrate --json のものです)</translation>
    </message>
    <message>
        <source>cannot read the recipe: %1</source>
        <translation>レシピを読み込めません: %1</translation>
    </message>
    <message>
        <source>this is no recipe: it is larger than 1 MiB</source>
        <translation>これはレシピではありません: 1 MiB を超えています</translation>
    </message>
    <message>
        <source>the tag %1 is not used: --tag overrides it</source>
        <translation>タグ %1 は使用されません: --tag で上書きされています</translation>
    </message>
    <message>
        <source>the tag %1 is not in the tag list; check that it exists</source>
        <translation>タグ %1 はタグ一覧にありません。タグが存在することを確認してください</translation>
    </message>
    <message>
        <source>the skipped steps are not used: --skip overrides them</source>
        <translation>スキップする手順は使用されません: --skip で上書きされています</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: --endpoint overrides it</source>
        <translation>エンドポイントの回答 %1 は使用されません: --endpoint で上書きされています</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: no endpoint in the files needs it</source>
        <translation>エンドポイントの回答 %1 は使用されません: ファイル内にこの回答を必要とするエンドポイントはありません</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: --endpoint overrides it</source>
        <translation>サービス %1 (%2) の回答は使用されません: --endpoint で上書きされています</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: no endpoint in the files names that service</source>
        <translation>サービス %1 (%2) の回答は使用されません: ファイル内にそのサービスを指定するエンドポイントはありません</translation>
    </message>
    <message>
        <source>the change left out (%1 on %2) matches nothing in the files</source>
        <translation>除外した変更 (%2 の %1) は、ファイル内のどれにも一致しません</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>ドキュメント: %1</translation>
    </message>
    <message>
        <source>No fix is given: the edit touches a secret, which this report never shows. Apply it with migrate --out or --in-place.</source>
        <translation>修正は提示されません: この編集はシークレットに関係しますが、このレポートではシークレットを表示しません。migrate --out または --in-place で適用してください。</translation>
    </message>
    <message>
        <source>Apply the migration&apos;s edit.</source>
        <translation>移行の編集を適用します。</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>%1 を書き込みます。</translation>
    </message>
    <message>
        <source>One result per finding still to do in the files as they were read: a change the tool can make (with its fix), an answer it needs or a change by hand.</source>
        <translation>読み込んだ時点のファイルで未対応の検出結果ごとに 1 つの結果です: ツールで行える変更 (修正付き)、ツールが必要とする回答、または手動での変更。</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>未確認: %1</translation>
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
        <translation>Qt %1 (ビルド時: %2)</translation>
    </message>
    <message>
        <source>yaml-cpp %1</source>
        <translation>yaml-cpp %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting: not available in this build, so YAML is shown without token colours (build with Qt 5 + KF5, or with KF6 SyntaxHighlighting installed, to get them)</source>
        <translation>KSyntaxHighlighting: このビルドでは使用できないため、YAML は構文の色分けなしで表示されます (色分けを有効にするには、Qt 5 + KF5 でビルドするか、KF6 SyntaxHighlighting をインストールしてビルドしてください)</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1</source>
        <translation>KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>About APIM Gateway Migrator</source>
        <translation>APIM Gateway Migrator のバージョン情報</translation>
    </message>
    <message>
        <source>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;Moves Azure API Management self-hosted gateway deployments from v0/v1 to v2, changing only the bytes the migration needs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;Azure API Management のセルフホステッド ゲートウェイのデプロイを v0/v1 から v2 に移行します。変更するのは移行に必要なバイトだけです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>&lt;p&gt;Released under the MIT licence. Not affiliated with Microsoft; Azure and API Management are trademarks of Microsoft Corporation.&lt;/p&gt;&lt;p&gt;Qt is used under the LGPL v3; yaml-cpp under the MIT licence; KSyntaxHighlighting under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MIT ライセンスの下でリリースされています。Microsoft とは提携していません。Azure および API Management は Microsoft Corporation の商標です。&lt;/p&gt;&lt;p&gt;Qt は LGPL v3、yaml-cpp は MIT ライセンス、KSyntaxHighlighting は MIT ライセンスの下で使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>agm::CheckResultsModel</name>
    <message>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation>%1 をチェック中…</translation>
    </message>
    <message>
        <source>fails at %1: %2</source>
        <translation>%1 で失敗: %2</translation>
    </message>
    <message>
        <source>passes, with a warning: %1</source>
        <translation>成功 (警告あり): %1</translation>
    </message>
    <message>
        <source>passes (through a proxy)</source>
        <translation>成功 (プロキシ経由)</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>by the proxy</source>
        <translation>プロキシが解決</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, %2 days left</source>
        <translation>%1、残り %2 日</translation>
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
        <translation>成功 %1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失敗 %1 件</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>キャンセル %1 件</translation>
    </message>
    <message>
        <source>no endpoints checked</source>
        <translation>チェックしたエンドポイントはありません</translation>
    </message>
    <message>
        <source>: cancelled</source>
        <translation>: キャンセル済み</translation>
    </message>
    <message>
        <source>: FAIL at %1</source>
        <translation>: %1 で失敗</translation>
    </message>
    <message>
        <source>: pass with warnings</source>
        <translation>: 成功 (警告あり)</translation>
    </message>
    <message>
        <source>: pass</source>
        <translation>: 成功</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  検出元: %1
</translation>
    </message>
    <message>
        <source>        hint: %1
</source>
        <translation>        ヒント: %1
</translation>
    </message>
    <message>
        <source>  proxy: %1
</source>
        <translation>  プロキシ: %1
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
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>結果: %1。</translation>
    </message>
    <message>
        <source> Resolver: %1.</source>
        <translation> リゾルバー: %1。</translation>
    </message>
    <message>
        <source> Extra CA file: %1.</source>
        <translation> 追加の CA ファイル: %1。</translation>
    </message>
    <message>
        <source>empty endpoint</source>
        <translation>エンドポイントが空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; は有効な URL ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only https endpoints are checked</source>
        <translation>&apos;%1&apos;: チェックできるのは https エンドポイントのみです</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no credentials in the endpoint, please</source>
        <translation>&apos;%1&apos;: エンドポイントに資格情報を含めないでください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>&apos;%1&apos;: &apos;]&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST[:PORT]</source>
        <translation>&apos;%1&apos; は HOST[:PORT] の形式ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be a number from 1 to 65535</source>
        <translation>&apos;%1&apos;: ポートには 1 から 65535 までの数値を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address</source>
        <translation>&apos;%1&apos; はホスト名または IP アドレスではありません</translation>
    </message>
    <message>
        <source>%1: %2 is built from a shell variable (%3); check the host it expands to</source>
        <translation>%1: %2 はシェル変数から組み立てられています (%3)。展開後のホストを確認してください</translation>
    </message>
    <message>
        <source>v2 configuration endpoint</source>
        <translation>v2 構成エンドポイント</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>実行できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it on page 3, the configuration endpoints (Back)</source>
        <translation>%1: %2 はまだ v2 ホストではありません (%3)。3 ページ目の構成エンドポイントで回答してください ([戻る])</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it with --endpoint</source>
        <translation>%1: %2 はまだ v2 ホストではありません (%3)。--endpoint で回答してください</translation>
    </message>
</context>
<context>
    <name>agm::ChecksPage</name>
    <message>
        <source>Check the connection</source>
        <translation>接続のチェック</translation>
    </message>
    <message>
        <source>The v2 gateway must reach its configuration host on port 443. These checks run from this computer, layer by layer; the in-cluster probe runs the same checks from the gateway&apos;s own network.</source>
        <translation>v2 ゲートウェイは、ポート 443 で構成ホストに到達できる必要があります。これらのチェックは、このコンピューターからレイヤーごとに実行されます。クラスター内プローブは、同じチェックをゲートウェイ自身のネットワークから実行します。</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>チェックの状態</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run every check again (after changing the options or the network)</source>
        <translation>すべてのチェックを再実行します (オプションやネットワークを変更した後に使用します)</translation>
    </message>
    <message>
        <source>Cancel chec&amp;ks</source>
        <translation>チェックのキャンセル(&amp;K)</translation>
    </message>
    <message>
        <source>Stop the checks that are still running</source>
        <translation>実行中のチェックを停止します</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>テキストとしてコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the results, the details and the pod&apos;s view to the clipboard</source>
        <translation>結果、詳細、ポッドから見える状態をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>システム リゾルバー</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>IP address of a DNS server to ask instead of the system resolver, e.g. one that serves the private DNS zone of an internal virtual network</source>
        <translation>システム リゾルバーの代わりに問い合わせる DNS サーバーの IP アドレス (例: 内部仮想ネットワークのプライベート DNS ゾーンを提供するサーバー)</translation>
    </message>
    <message>
        <source>system trust store only</source>
        <translation>システムの信頼ストアのみ</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>追加の CA ファイル</translation>
    </message>
    <message>
        <source>PEM file with CA certificates to trust besides the system&apos;s, e.g. your TLS-inspecting proxy&apos;s root</source>
        <translation>システムの証明書に加えて信頼する CA 証明書を含む PEM ファイル (例: TLS 検査プロキシのルート証明書)</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>CA ファイルを参照します</translation>
    </message>
    <message>
        <source>host[:port], …</source>
        <translation>ホスト[:ポート], …</translation>
    </message>
    <message>
        <source>Also check these hosts</source>
        <translation>これらのホストもチェックする</translation>
    </message>
    <message>
        <source>Other endpoints the gateway uses, e.g. a custom configuration hostname or dc.services.visualstudio.com for Application Insights</source>
        <translation>ゲートウェイが使用するその他のエンドポイント (例: カスタムの構成ホスト名、Application Insights 用の dc.services.visualstudio.com)</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>DNS サーバー(&amp;D):</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Also c&amp;heck:</source>
        <translation>追加のチェック対象(&amp;H):</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>Details of the selected endpoint</source>
        <translation>選択したエンドポイントの詳細</translation>
    </message>
    <message>
        <source>What the gateway pod will see</source>
        <translation>ゲートウェイ ポッドから見える状態</translation>
    </message>
    <message>
        <source>Kubernetes Job</source>
        <translation>Kubernetes ジョブ</translation>
    </message>
    <message>
        <source>docker run</source>
        <translation>docker run</translation>
    </message>
    <message>
        <source>Probe kind</source>
        <translation>プローブの種類</translation>
    </message>
    <message>
        <source>In-cluster probe</source>
        <translation>クラスター内プローブ</translation>
    </message>
    <message>
        <source>Image %1: curl with a busybox shell. For every endpoint it resolves the name (getent, which honours hostAliases, else nslookup) and runs curl -v over TLS, with the gateway&apos;s proxy variables and hostAliases; it exits 1 when one fails.</source>
        <translation>イメージ %1: busybox シェル付きの curl です。エンドポイントごとに名前を解決し (hostAliases を反映する getent、使用できない場合は nslookup)、ゲートウェイのプロキシ変数と hostAliases を使用して TLS 経由で curl -v を実行します。1 つでも失敗すると終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>What the pod will see</source>
        <translation>ポッドから見える状態</translation>
    </message>
    <message>
        <source>Export anyway: the gateway may not reach its configuration endpoint until the failure is fixed. The report records the failed checks and this acknowledgement.</source>
        <translation>このままエクスポートします: 失敗の原因が解決されるまで、ゲートウェイは構成エンドポイントに到達できない可能性があります。レポートには、失敗したチェックとこの確認が記録されます。</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA 証明書 (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Also check: %1.</source>
        <translation>追加のチェック対象: %1。</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ユーザーが追加</translation>
    </message>
    <message>
        <source>&lt;b&gt;No v2 configuration host to check yet.&lt;/b&gt; Answer the endpoint step, or name hosts under Also check.</source>
        <translation>&lt;b&gt;チェックする v2 構成ホストがまだありません。&lt;/b&gt;エンドポイントの手順で回答するか、[追加のチェック対象] にホストを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n endpoint(s) from this computer…</source>
        <translation>
            <numerusform>このコンピューターから %n 個のエンドポイントをチェックしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) failed</source>
        <translation>
            <numerusform>%n 個中 %1 個のエンドポイントが失敗しました</numerusform>
        </translation>
    </message>
    <message>
        <source>select it for the failing layer and what to do.</source>
        <translation>エンドポイントを選択すると、失敗したレイヤーと対処方法が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) answer</source>
        <translation>
            <numerusform>%n 個のエンドポイントが応答しました</numerusform>
        </translation>
    </message>
    <message>
        <source>with warnings: see the details.</source>
        <translation>警告があります: 詳細を確認してください。</translation>
    </message>
    <message>
        <source>The endpoint answers.</source>
        <translation>エンドポイントが応答しました。</translation>
    </message>
    <message>
        <source>All %1 endpoints answer.</source>
        <translation>%1 個のエンドポイントすべてが応答しました。</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未チェック: %1</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>チェックする対象がありません。</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  検出元: %1
</translation>
    </message>
    <message>
        <source>  checking…
</source>
        <translation>  チェック中…
</translation>
    </message>
    <message>
        <source>  not checked
</source>
        <translation>  未チェック
</translation>
    </message>
    <message>
        <source>The files set no proxy variables and no hostAliases: the gateway connects directly and resolves names through the cluster&apos;s DNS.</source>
        <translation>ファイルにはプロキシ変数も hostAliases も設定されていません: ゲートウェイは直接接続し、クラスターの DNS で名前を解決します。</translation>
    </message>
    <message>
        <source>The proxy variables and hostAliases the files give the gateway, beside this computer&apos;s own.</source>
        <translation>ファイルがゲートウェイに指定しているプロキシ変数と hostAliases を、このコンピューター自身の設定と並べて表示します。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The gateway pod (from your files)</source>
        <translation>ゲートウェイ ポッド (ファイルから)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source># No endpoint to probe yet.</source>
        <translation># プローブするエンドポイントはまだありません。</translation>
    </message>
    <message>
        <source>Not checked: %1
</source>
        <translation>未チェック: %1
</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>ゲートウェイ ポッドから見える状態 (ファイルに基づく) と、このコンピューターから見える状態:
</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Copy pr&amp;obe</source>
        <translation>プローブのコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Probe a&amp;s:</source>
        <translation>プローブの形式(&amp;S):</translation>
    </message>
    <message>
        <source>From the recipe %1: failed or unrun checks were acknowledged when it was written. Tick the box below only if that still holds for these files and this network.</source>
        <translation>レシピ %1 より: 失敗したチェックまたは未実行のチェックは、レシピの書き込み時に確認済みです。これらのファイルとこのネットワークについても同じことが言える場合にのみ、下のチェック ボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>this session checks nothing on the network (offline)</source>
        <translation>このセッションではネットワーク上のチェックを行いません (オフライン)</translation>
    </message>
    <message>
        <source>there is no v2 configuration host to check</source>
        <translation>チェックする v2 構成ホストがありません</translation>
    </message>
    <message>
        <source>Export without checks: nothing confirms that the gateway can reach its configuration endpoint. The reports record that the checks did not run and this acknowledgement.</source>
        <translation>チェックなしでエクスポートします: ゲートウェイが構成エンドポイントに到達できることは確認されません。チェックが実行されなかったことと、この確認はレポートに記録されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; %1 Correct it and Rerun, or tick the box below to go on without checks.</source>
        <translation>&lt;b&gt;チェックできません:&lt;/b&gt; %1 修正して [再実行] するか、下のチェック ボックスをオンにしてチェックなしで続行してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1), after a check failed: tick the box below to go on anyway, or Rerun the checks.</source>
        <translation>&lt;b&gt;キャンセルされました&lt;/b&gt; (%1)。チェックが失敗した後です: 下のチェック ボックスをオンにしてそのまま続行するか、チェックを再実行してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1). You can go on without the remaining checks, or Rerun them.</source>
        <translation>&lt;b&gt;キャンセルされました&lt;/b&gt; (%1)。残りのチェックなしで続行することも、再実行することもできます。</translation>
    </message>
    <message>
        <source>I &amp;understand the checks failed</source>
        <translation>チェックが失敗したことを理解しました(&amp;U)</translation>
    </message>
    <message>
        <source>I &amp;understand the checks did not run</source>
        <translation>チェックが実行されなかったことを理解しました(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks were not run&lt;/b&gt;: this session checks nothing on the network (offline). Tick the box below to go on without them (the reports record it).</source>
        <translation>&lt;b&gt;チェックは実行されませんでした&lt;/b&gt;: このセッションではネットワーク上のチェックを行いません (オフライン)。チェックなしで続行するには、下のチェック ボックスをオンにしてください (レポートに記録されます)。</translation>
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
        <translation>Helm values ファイル</translation>
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
        <translation>Docker env ファイル</translation>
    </message>
    <message>
        <source>Shell script</source>
        <translation>シェル スクリプト</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>PowerShell スクリプト</translation>
    </message>
    <message>
        <source>Helm template</source>
        <translation>Helm テンプレート</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>env file</source>
        <translation>env ファイル</translation>
    </message>
    <message>
        <source>it holds more than %1 resources (through aliases)</source>
        <translation>エイリアス経由で %1 個を超えるリソースを含んでいます</translation>
    </message>
    <message>
        <source>cannot copy the training set to %1: %2</source>
        <translation>トレーニング用サンプルを %1 にコピーできません: %2</translation>
    </message>
    <message>
        <source>it does not exist; check the path</source>
        <translation>存在しません。パスを確認してください</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty output folder (nothing was written).</source>
        <translation>%1 は既に存在します。空の出力フォルダーを選択してください (何も書き込まれていません)。</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; run the migration again.</source>
        <translation>%1 は読み込み後にディスク上で変更されました。移行をもう一度実行してください。</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 付き)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <source>the file is %1 MiB; the limit is %2 MiB. Split it, or migrate only the gateway&apos;s resources</source>
        <translation>ファイルのサイズは %1 MiB で、上限は %2 MiB です。ファイルを分割するか、ゲートウェイのリソースだけを移行してください</translation>
    </message>
    <message>
        <source>UTF-32 is not supported; save the file as UTF-8</source>
        <translation>UTF-32 はサポートされていません。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>invalid UTF-16 at code unit %1; save the file as UTF-8</source>
        <translation>コード単位 %1 に無効な UTF-16 があります。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); this looks like a binary file or another encoding. Convert it to UTF-8</source>
        <translation>無効な UTF-8 です (バイト 0x%1)。バイナリ ファイルか、別のエンコードのファイルと思われます。UTF-8 に変換してください</translation>
    </message>
    <message>
        <source>the file contains NUL bytes, so it is binary, not a deployment file</source>
        <translation>ファイルに NUL バイトが含まれているため、デプロイ ファイルではなくバイナリ ファイルです</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>これはフォルダーです</translation>
    </message>
    <message>
        <source>cannot read it (%1); check that it exists and that you may read it</source>
        <translation>読み取れません (%1)。ファイルが存在し、読み取りのアクセス許可があることを確認してください</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>バイト %1 の位置で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;tags&quot; array</source>
        <translation>&quot;tags&quot; 配列を持つ JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>the &quot;tags&quot; member is missing or not an array</source>
        <translation>&quot;tags&quot; メンバーがないか、配列ではありません</translation>
    </message>
    <message>
        <source>tags[%1] is not a string (nor an object with a &quot;name&quot; string)</source>
        <translation>tags[%1] が文字列ではありません (&quot;name&quot; 文字列を持つオブジェクトでもありません)</translation>
    </message>
    <message>
        <source>tags[%1] is not a valid tag name</source>
        <translation>tags[%1] は有効なタグ名ではありません</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>入れ子が %1 レベルを超えています</translation>
    </message>
    <message>
        <source>it uses more than %1 aliases (a possible alias bomb)</source>
        <translation>%1 個を超えるエイリアスを使用しています (エイリアス爆弾の可能性があります)</translation>
    </message>
    <message>
        <source>Free some space or pick another folder, then run again.</source>
        <translation>空き領域を確保するか、別のフォルダーを選択してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, then run again.</source>
        <translation>ファイルとそのフォルダーのアクセス許可を確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The file system is read-only; pick another folder.</source>
        <translation>ファイル システムは読み取り専用です。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>It cannot be replaced in one step (a mount point, a file in use or another file system); write copies to another folder instead.</source>
        <translation>このファイルは 1 回の操作では置き換えられません (マウント ポイント、使用中のファイル、または別のファイル システム)。代わりに、別のフォルダーにコピーを書き込んでください。</translation>
    </message>
    <message>
        <source>The disk reported an error; check it, then run again.</source>
        <translation>ディスクがエラーを報告しました。ディスクを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Check the disk and the folder, then run again.</source>
        <translation>ディスクとフォルダーを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 は変更されていません。</translation>
    </message>
    <message>
        <source>The temporary file %1 could not be removed (%2); delete it.</source>
        <translation>一時ファイル %1 を削除できませんでした (%2)。手動で削除してください。</translation>
    </message>
    <message>
        <source>cannot follow the link %1</source>
        <translation>リンク %1 をたどれません</translation>
    </message>
    <message>
        <source>cannot inspect %1</source>
        <translation>%1 を調べられません</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten. Choose an empty folder.</source>
        <translation>%1 は既に存在します。何も上書きしていません。空のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was left unchanged; make it writable first if it should be rewritten.</source>
        <translation>%1 は読み取り専用のため、そのままにしました。書き換える必要がある場合は、先に書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; they were broken: the other names keep the old content.</source>
        <translation>%1 には %2 個のハード リンクがありましたが、リンクは解除されました。他の名前では古い内容が保持されます。</translation>
    </message>
    <message>
        <source>%1 had extended attributes or an ACL; the rewritten file does not carry them over.</source>
        <translation>%1 には拡張属性または ACL がありましたが、書き換えたファイルには引き継がれません。</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 to write %2</source>
        <translation>%2 を書き込むための一時ファイルを %1 に作成できません</translation>
    </message>
    <message>
        <source>%1 now belongs to you: its owner or group could not be kept.</source>
        <translation>%1 の所有者は現在のユーザーになりました。元の所有者またはグループを保持できませんでした。</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>%1 was not prepared for writing.</source>
        <translation>%1 は書き込みの準備ができていません。</translation>
    </message>
    <message>
        <source>cannot read %1 again before replacing it</source>
        <translation>置き換える前に %1 を再度読み込めません</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read, so it was left unchanged; run the migration again.</source>
        <translation>%1 は読み込み後にディスク上で変更されたため、そのままにしました。移行をもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 appeared while writing; it was not overwritten. Choose an empty folder.</source>
        <translation>書き込み中に %1 が作成されたため、上書きしていません。空のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>cannot move the new %1 into place</source>
        <translation>新しい %1 を所定の場所に移動できません</translation>
    </message>
    <message>
        <source>These files were written but could not be taken back; delete them: %1.</source>
        <translation>次のファイルは書き込まれましたが、元に戻せませんでした。削除してください: %1。</translation>
    </message>
    <message>
        <source>cannot create the folder %1: a file is in the way; move it or pick another folder.</source>
        <translation>フォルダー %1 を作成できません: その場所にファイルがあります。ファイルを移動するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The migrated files are written; no report was.</source>
        <translation>移行後のファイルは書き込まれていますが、レポートは書き込まれていません。</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>%1 を調べられません: %2</translation>
    </message>
    <message>
        <source>cannot read %1 again before rewriting it: %2</source>
        <translation>書き換える前に %1 を再度読み込めません: %2</translation>
    </message>
    <message>
        <source>All or nothing: nothing was written.</source>
        <translation>すべてを書き込めない場合は何も書き込まないため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>Already rewritten, each with its original kept as .bak: %1.</source>
        <translation>次のファイルは既に書き換えられています (それぞれ元のファイルを .bak として保存): %1。</translation>
    </message>
    <message>
        <source>the quoted string that starts here is never closed; add its closing %1</source>
        <translation>ここから始まる引用符付きの文字列が閉じられていません。閉じる %1 を追加してください</translation>
    </message>
    <message>
        <source>a line starting with %1 inside a document; quote the value, or move a directive before &quot;---&quot;</source>
        <translation>ドキュメント内に %1 で始まる行があります。値を引用符で囲むか、ディレクティブを &quot;---&quot; の前に移動してください</translation>
    </message>
    <message>
        <source>Other text file</source>
        <translation>その他のテキスト ファイル</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>CI workflow (GitHub Actions, Azure Pipelines)</source>
        <translation>CI ワークフロー (GitHub Actions、Azure Pipelines)</translation>
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
        <translation>ARM テンプレート</translation>
    </message>
    <message>
        <source>cannot make the new files in %1 durable: %2</source>
        <translation>%1 内の新しいファイルを永続化できません: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or folder (nothing was written).</source>
        <translation>%1 は既に存在します。別の名前またはフォルダーを選択してください (何も書き込まれていません)。</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a parameters file (parameters.%1.value) or --parameters %1=...</source>
        <translation>パラメーター &apos;%1&apos; に指定された値: パラメーター ファイル (parameters.%1.value) または --parameters %1=...</translation>
    </message>
    <message>
        <source>the value itself</source>
        <translation>値そのもの</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a .bicepparam file, a parameters file or --parameters %1=...</source>
        <translation>パラメーター &apos;%1&apos; に指定された値: .bicepparam ファイル、パラメーター ファイル、または --parameters %1=...</translation>
    </message>
    <message>
        <source>the default of parameter &apos;%1&apos;</source>
        <translation>パラメーター &apos;%1&apos; の既定値</translation>
    </message>
    <message>
        <source>the value of variable &apos;%1&apos;</source>
        <translation>変数 &apos;%1&apos; の値</translation>
    </message>
    <message>
        <source>the workflow&apos;s inputs, variables or env</source>
        <translation>ワークフローの inputs、variables、または env</translation>
    </message>
    <message>
        <source>an ARG default before the first FROM, or docker build --build-arg</source>
        <translation>最初の FROM より前の ARG の既定値、または docker build --build-arg</translation>
    </message>
    <message>
        <source>(empty: the 0.x chart&apos;s v1 default)</source>
        <translation>(空: 0.x チャートの v1 の既定値)</translation>
    </message>
    <message>
        <source>(empty: %1 from chart %2)</source>
        <translation>(空: チャート %2 の %1)</translation>
    </message>
    <message>
        <source> Its default image (an empty image.tag) is %1, a v1 image.</source>
        <translation> 既定のイメージ (image.tag が空の場合) は %1 で、これは v1 イメージです。</translation>
    </message>
    <message>
        <source> On these charts an empty image.tag means a v1 image (1.1.2 on chart 0.3.0, 1.2.5 up to chart 1.0.0-rc.2).</source>
        <translation> これらのチャートでは、image.tag が空の場合は v1 イメージを意味します (チャート 0.3.0 では 1.1.2、チャート 1.0.0-rc.2 までは 1.2.5)。</translation>
    </message>
    <message>
        <source>locals { %1 = ... } in another file of the module</source>
        <translation>モジュールの別のファイル内の locals { %1 = ... }</translation>
    </message>
    <message>
        <source>the value given for variable &quot;%1&quot;: a .tfvars file, -var or TF_VAR_%1</source>
        <translation>変数 &quot;%1&quot; に指定された値: .tfvars ファイル、-var、または TF_VAR_%1</translation>
    </message>
    <message>
        <source>the default of variable &quot;%1&quot;</source>
        <translation>変数 &quot;%1&quot; の既定値</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8, so it cannot be read; rename it (the name is shown with \x escapes)</source>
        <translation>名前が有効な UTF-8 ではないため、読み込めません。名前を変更してください (名前は \x エスケープで表示されています)</translation>
    </message>
    <message>
        <source>it is not a regular file (a FIFO, socket or device); give a file or a folder</source>
        <translation>通常のファイルではありません (FIFO、ソケット、またはデバイス)。ファイルまたはフォルダーを指定してください</translation>
    </message>
    <message>
        <source>a shape the %1 analyser does not read</source>
        <translation>%1 アナライザーが読み取らない構造</translation>
    </message>
    <message>
        <source>the file could not be read as %1</source>
        <translation>ファイルを %1 として読み込めませんでした</translation>
    </message>
    <message>
        <source>this kind of file is not edited</source>
        <translation>この種類のファイルは編集されません</translation>
    </message>
    <message>
        <source>%1 files are not edited</source>
        <translation>%1 ファイルは編集されません</translation>
    </message>
    <message>
        <source>no tag, which means latest</source>
        <translation>タグなし (latest を意味します)</translation>
    </message>
    <message>
        <source>pinned by digest only</source>
        <translation>ダイジェストのみで固定</translation>
    </message>
    <message>
        <source>a v0/v1 tag</source>
        <translation>v0/v1 タグ</translation>
    </message>
    <message>
        <source>a floating tag</source>
        <translation>フローティング タグ</translation>
    </message>
    <message>
        <source>a rolling tag</source>
        <translation>ローリング タグ</translation>
    </message>
    <message>
        <source>a preview tag</source>
        <translation>プレビュー タグ</translation>
    </message>
    <message>
        <source>an unusual tag</source>
        <translation>通常とは異なるタグ</translation>
    </message>
    <message>
        <source>the v2 configuration host (&lt;service&gt;.configuration.azure-api.net)</source>
        <translation>v2 構成ホスト (&lt;service&gt;.configuration.azure-api.net)</translation>
    </message>
    <message>
        <source>the v2 configuration host of service &apos;%1&apos; (%1.configuration.azure-api.net, or your custom configuration host)</source>
        <translation>サービス &apos;%1&apos; の v2 構成ホスト (%1.configuration.azure-api.net、またはカスタム構成ホスト)</translation>
    </message>
    <message>
        <source>gateway.auth.key (Helm chart 1.x) or gateway.auth.token (Arc extension)</source>
        <translation>gateway.auth.key (Helm チャート 1.x) または gateway.auth.token (Arc 拡張機能)</translation>
    </message>
    <message>
        <source>the file looks like %1 without a byte-order mark (a NUL byte beside every character); save it as UTF-8, or as UTF-16 with a byte-order mark, and import it again</source>
        <translation>このファイルはバイト オーダー マークのない %1 のようです (各文字の隣に NUL バイトがあります)。UTF-8、またはバイト オーダー マーク付きの UTF-16 で保存して、もう一度インポートしてください</translation>
    </message>
    <message>
        <source>content after the document end marker &quot;...&quot;</source>
        <translation>ドキュメント終了マーカー &quot;...&quot; の後にコンテンツがあります</translation>
    </message>
    <message>
        <source>a comment needs a blank before its %1</source>
        <translation>コメントの %1 の前には空白が必要です</translation>
    </message>
    <message>
        <source>%1 is not a valid escape in a double-quoted string</source>
        <translation>%1 は二重引用符で囲まれた文字列内で有効なエスケープではありません</translation>
    </message>
    <message>
        <source>a pinned 2.x.y image tag</source>
        <translation>固定の 2.x.y イメージ タグ</translation>
    </message>
    <message>
        <source>the v2 configuration host</source>
        <translation>v2 構成ホスト</translation>
    </message>
    <message>
        <source>cannot read %1 to copy it beside the files that use it: %2</source>
        <translation>%1 を読み取れないため、それを使うファイルの横にコピーできません: %2</translation>
    </message>
    <message>
        <source>%1: refers to %2, which does not exist: neither the inputs nor the copies work until it does.</source>
        <translation>%1: 存在しない %2 を参照しています。これが用意されるまで、入力もコピーも動作しません。</translation>
    </message>
    <message>
        <source>%1: refers to the folder %2, which holds no kustomization.yaml: kustomize cannot build it.</source>
        <translation>%1: kustomization.yaml を含まないフォルダー %2 を参照しています。kustomize はこれをビルドできません。</translation>
    </message>
    <message>
        <source>%1: refers to %2, outside the imported folder %3: the copies will not work without it. Import a folder that holds both, or copy it beside them.</source>
        <translation>%1: インポートしたフォルダー %3 の外にある %2 を参照しています。これがないとコピーは動作しません。両方を含むフォルダーをインポートするか、コピーの横に置いてください。</translation>
    </message>
    <message>
        <source>%1: refers to %2, which could not be read (see its error), so the copies leave it out.</source>
        <translation>%1: 読み取れなかった %2 を参照しています(そのエラーを参照)。そのためコピーには含まれません。</translation>
    </message>
    <message>
        <source>%1: refers to %2, which is larger than %3 MiB, so the copies leave it out: copy it beside them by hand.</source>
        <translation>%1: %3 MiB を超える %2 を参照しているため、コピーには含まれません。手動でコピーの横に置いてください。</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; the names that are not among the inputs keep the old content.</source>
        <translation>%1 には %2 個のハードリンクがありました。入力に含まれない名前は古い内容のままです。</translation>
    </message>
    <message>
        <source>%1 keeps the old content: it could not be made a link to the new %2 again (%3).</source>
        <translation>%1 は古い内容のままです。新しい %2 へのリンクに戻せませんでした (%3)。</translation>
    </message>
    <message>
        <source>it is another file now</source>
        <translation>現在は別のファイルです</translation>
    </message>
    <message>
        <source>Cannot read %1 to write its checksum: %2.</source>
        <translation>チェックサムを書き込むために %1 を読み取れません: %2。</translation>
    </message>
</context>
<context>
    <name>agm::DiffModel</name>
    <message numerus="yes">
        <source>%n unchanged line(s) folded; press Enter to show them</source>
        <translation>
            <numerusform>変更のない %n 行を折りたたんでいます。Enter キーを押すと表示されます</numerusform>
        </translation>
    </message>
    <message>
        <source>No line here; the migrated text adds a line</source>
        <translation>ここに行はありません。移行後のテキストで行が追加されています</translation>
    </message>
    <message>
        <source>No line here; the migration removes a line</source>
        <translation>ここに行はありません。移行で行が削除されています</translation>
    </message>
    <message>
        <source>Line %1, changed from: %2</source>
        <translation>%1 行目、変更前: %2</translation>
    </message>
    <message>
        <source>Line %1, changed to: %2</source>
        <translation>%1 行目、変更後: %2</translation>
    </message>
    <message>
        <source>Line %1, removed: %2</source>
        <translation>%1 行目、削除: %2</translation>
    </message>
    <message>
        <source>Line %1, added: %2</source>
        <translation>%1 行目、追加: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>変更のない %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>クリックするか Enter キーを押すと、これらの行が表示されます</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>移行前</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>移行後</translation>
    </message>
</context>
<context>
    <name>agm::DiffOverview</name>
    <message>
        <source>Where the changes are in the whole file; click to jump there</source>
        <translation>ファイル全体での変更の位置です。クリックするとその位置に移動します</translation>
    </message>
    <message>
        <source>Change overview</source>
        <translation>変更の概要</translation>
    </message>
    <message>
        <source>Red marks are removed or rewritten lines, green marks added lines</source>
        <translation>赤いマークは削除または書き換えられた行、緑のマークは追加された行を示します</translation>
    </message>
</context>
<context>
    <name>agm::DiffPane</name>
    <message>
        <source>no newline at end</source>
        <translation>末尾に改行なし</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>テキストなし</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>変更のない %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2, click or press Enter to show</source>
        <translation>%1–%2 行目。クリックするか Enter キーを押すと表示されます</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>行のコピー</translation>
    </message>
    <message>
        <source>Copy Original Text</source>
        <translation>移行前のテキストのコピー</translation>
    </message>
    <message>
        <source>Copy Migrated Text</source>
        <translation>移行後のテキストのコピー</translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>クリックするか Enter キーを押すと、これらの行が表示されます</translation>
    </message>
</context>
<context>
    <name>agm::EndpointPage</name>
    <message>
        <source>Configuration endpoints</source>
        <translation>構成エンドポイント</translation>
    </message>
    <message>
        <source>Every endpoint has its v2 value.</source>
        <translation>すべてのエンドポイントに v2 の値が設定されています。</translation>
    </message>
    <message>
        <source>Switch to the Configuration API v2</source>
        <translation>構成 API v2 への切り替え</translation>
    </message>
    <message>
        <source>Each configuration endpoint is listed with its v2 value. Select a row and press F2 or Enter (or double-click its New value) to type the host; rows marked “needs your answer” cannot be derived and need the v2 host.</source>
        <translation>各構成エンドポイントが v2 の値と共に一覧表示されます。行を選択して F2 キーまたは Enter キーを押す (または [新しい値] をダブルクリックする) と、ホストを入力できます。「回答が必要」と表示された行は値を導き出せないため、v2 ホストの入力が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host yet: select the row, press F2 or Enter and type the host, or untick the row to leave it on the v1 URL (that gateway then receives no configuration).</source>
        <translation>
            <numerusform>v2 ホストが未入力のエンドポイントが %n 個あります: 行を選択し、F2 キーまたは Enter キーを押してホストを入力するか、行のチェックを外して v1 URL のままにしてください (その場合、そのゲートウェイは構成を受信しません)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) left on the v1 URL: this gateway will receive no configuration.</source>
        <translation>
            <numerusform>%n 個のエンドポイントが v1 URL のままです: このゲートウェイは構成を受信しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) to change by hand in files the tool cannot edit: the value to write is in the New column.</source>
        <translation>
            <numerusform>ツールで編集できないファイル内に、手動で変更するエンドポイントが %n 個あります: 書き込む値は [新しい値] 列に表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No configuration endpoint found in these files.</source>
        <translation>これらのファイルに構成エンドポイントは見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>agm::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Write migrated copies to a &amp;new folder (recommended)</source>
        <translation>移行後のコピーを新しいフォルダーに書き込む (推奨)(&amp;N)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>出力フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Also write</source>
        <translation>併せて書き込むファイル</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>書き込まれるファイル</translation>
    </message>
    <message>
        <source>What</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation>書き込まれるファイル</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>出力フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>already exists: choose another folder</source>
        <translation>既に存在します: 別のフォルダーを選択してください</translation>
    </message>
    <message>
        <source>rewritten; original kept as .bak</source>
        <translation>書き換え (元のファイルは .bak として保持)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in that folder. Nothing is overwritten: choose an empty or new folder.</source>
        <translation>
            <numerusform>そのフォルダーには既に %n 個のファイルが存在します。上書きは行われないため、空のフォルダーまたは新しいフォルダーを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite in place</source>
        <translation>直接書き換え</translation>
    </message>
    <message>
        <source>Rewrite the changed files in place? Each original is kept next to it as a .bak file.</source>
        <translation>変更されたファイルを直接書き換えますか? 各元ファイルは .bak ファイルとして同じ場所に保持されます。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Choose where the migrated files go; no file is overwritten without a backup.</source>
        <translation>まだ何も書き込まれていません。移行後のファイルの出力先を選択してください。バックアップなしでファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルを書き込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed; see the message.</source>
        <translation>エクスポートに失敗しました。メッセージを参照してください。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Your decisions (image tag, endpoint answers, changes left out), without tokens, file contents or paths: replay them on other copies of these files with “migrate --recipe” or “Start from a recipe…”.</source>
        <translation>あなたの決定内容 (イメージ タグ、エンドポイントの回答、除外した変更) です。トークン、ファイルの内容、パスは含まれません。「migrate --recipe」または [レシピから開始…] で、これらのファイルの他のコピーに再適用できます。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>What the export leaves as it is: files that could not be read, references to change by hand or left out.</source>
        <translation>エクスポートでそのままになるもの: 読み込めなかったファイル、手動で変更する参照、除外した参照。</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s) stay as they are after the export; the reports list each one.</source>
        <translation>
            <numerusform>未完了: %n 個の項目はエクスポート後もそのままです。各項目はレポートに記載されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Markdown report</source>
        <translation>Markdown レポート(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>HTML レポート(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;JSON report</source>
        <translation>JSON レポート(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Unified patch</source>
        <translation>unified 形式のパッチ(&amp;U)</translation>
    </message>
    <message>
        <source>SHA-256 chec&amp;ksums</source>
        <translation>SHA-256 チェックサム(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Recipe (%1)</source>
        <translation>レシピ(&amp;R) (%1)</translation>
    </message>
    <message>
        <source>Rewrite the files &amp;in place</source>
        <translation>ファイルを直接書き換える(&amp;I)</translation>
    </message>
    <message>
        <source>Each original is kept beside it as a .bak copy.</source>
        <translation>各元ファイルは .bak コピーとしてその横に保持されます。</translation>
    </message>
</context>
<context>
    <name>agm::FileEntry</name>
    <message>
        <source>migrated: %n change(s)</source>
        <translation>移行済み: %n 件の変更</translation>
    </message>
    <message>
        <source>%n left out</source>
        <translation>除外 %n 件</translation>
    </message>
    <message>
        <source>already on v2: nothing to change</source>
        <translation>既に v2: 変更するものはありません</translation>
    </message>
    <message>
        <source>not migrated yet: %n reference(s) waiting for your answer</source>
        <translation>未移行: %n 個の参照が回答を待っています</translation>
    </message>
    <message>
        <source>left out by the operator: %n change(s) not made</source>
        <translation>オペレーターが除外: %n 件の変更は行われていません</translation>
    </message>
    <message>
        <source>not migrated: %1%2</source>
        <translation>未移行: %1%2</translation>
    </message>
    <message>
        <source>not a deployment file (%1)</source>
        <translation>デプロイ ファイルではありません (%1)</translation>
    </message>
    <message>
        <source>not migrated: %n gateway reference(s) to change by hand (%1 is not edited here)</source>
        <translation>未移行: 手動で変更するゲートウェイ参照が %n 個あります (%1 はここでは編集されません)</translation>
    </message>
    <message>
        <source>the same file as %1 (a link): read and migrated once, as that file</source>
        <translation>%1 と同じファイル (リンク): そのファイルとして 1 回だけ読み込まれ、移行されます</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>v1 URL のまま: このゲートウェイは構成を受信しません</translation>
    </message>
    <message>
        <source>not checked: it uses %n file(s) outside the import</source>
        <translation>未確認: インポート外のファイルを %n 個使用しています</translation>
    </message>
</context>
<context>
    <name>agm::Finding</name>
    <message>
        <source>Cannot load the file: %1.</source>
        <translation>ファイルを読み込めません: %1。</translation>
    </message>
    <message>
        <source>Invalid YAML: %1. Fix the file (kubectl would reject it too); the other files are still migrated.</source>
        <translation>無効な YAML です: %1。ファイルを修正してください (kubectl でも拒否されます)。他のファイルは引き続き移行されます。</translation>
    </message>
    <message>
        <source>The document was not parsed: %1.</source>
        <translation>ドキュメントは解析されませんでした: %1。</translation>
    </message>
    <message>
        <source>This is a Helm template ({{ }}), not a values file or a rendered manifest; it is left as it is. Migrate the chart&apos;s values, or render it with &apos;helm template&apos; and import the output.</source>
        <translation>これは Helm テンプレート ({{ }}) であり、values ファイルでもレンダリング済みのマニフェストでもないため、変更しません。チャートの values を移行するか、&apos;helm template&apos; でレンダリングして出力をインポートしてください。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in one mapping; Kubernetes keeps only the last one. Remove the duplicate.</source>
        <translation>キー &apos;%1&apos; が 1 つのマッピング内に 2 回出現します。Kubernetes では最後のものだけが保持されます。重複を削除してください。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; floats: it can point to another version at any time (&apos;latest&apos; moved from v1 to v2 in March 2022 and broke gateways). Pin an exact 2.x.y tag.</source>
        <translation>イメージ タグ &apos;%1&apos; はフローティング タグであり、いつでも別のバージョンを指す可能性があります (&apos;latest&apos; は 2022 年 3 月に v1 から v2 に切り替わり、ゲートウェイが動作しなくなりました)。正確な 2.x.y タグに固定してください。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; rolls to every new 2.x release, so replicas can run different versions after a scale-out. Pin an exact 2.x.y tag for production.</source>
        <translation>イメージ タグ &apos;%1&apos; は新しい 2.x リリースごとに更新されるため、スケールアウト後にレプリカが異なるバージョンを実行する可能性があります。運用環境では正確な 2.x.y タグに固定してください。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a preview; previews are not supported in production. Pin a released 2.x.y tag.</source>
        <translation>イメージ タグ &apos;%1&apos; はプレビューです。プレビューは運用環境ではサポートされていません。リリース済みの 2.x.y タグに固定してください。</translation>
    </message>
    <message>
        <source>The image is pinned by digest only, so its version cannot be read. It is replaced by the chosen tag; pin the new tag by digest again if your policy needs digests.</source>
        <translation>イメージがダイジェストのみで固定されているため、バージョンを読み取れません。選択したタグに置き換えられます。ポリシーでダイジェストが必要な場合は、新しいタグを再度ダイジェストで固定してください。</translation>
    </message>
    <message>
        <source>The image has no tag, which means &apos;latest&apos; (a floating tag). Pin an exact 2.x.y tag.</source>
        <translation>イメージにタグがありません。これは &apos;latest&apos; (フローティング タグ) を意味します。正確な 2.x.y タグに固定してください。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is not one of the documented tag conventions. Pin an exact 2.x.y tag.</source>
        <translation>イメージ タグ &apos;%1&apos; は、ドキュメントに記載されているタグの規則のいずれにも該当しません。正確な 2.x.y タグに固定してください。</translation>
    </message>
    <message>
        <source>The image is already pinned to %1; it is left as it is. Newer: %2.</source>
        <translation>イメージは既に %1 に固定されているため、変更しません。より新しいバージョン: %2。</translation>
    </message>
    <message>
        <source>image.tag is not set, so the chart&apos;s appVersion decides the image (chart 1.x ships 2.x images). Set image.tag to pin a version independently of the chart.</source>
        <translation>image.tag が設定されていないため、チャートの appVersion によってイメージが決まります (チャート 1.x には 2.x イメージが含まれます)。チャートとは独立してバージョンを固定するには、image.tag を設定してください。</translation>
    </message>
    <message>
        <source>This is a Configuration API v1 URL (retired on 1 October 2023). The v2 endpoint of service &apos;%1&apos; is %2.</source>
        <translation>これは構成 API v1 の URL です (2023 年 10 月 1 日に提供終了)。サービス &apos;%1&apos; の v2 エンドポイントは %2 です。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a custom host; it is left as it is. Custom configuration hosts need gateway 2.3.0 or later.</source>
        <translation>エンドポイント &apos;%1&apos; はカスタム ホストのため、変更しません。カスタム構成ホストにはゲートウェイ 2.3.0 以降が必要です。</translation>
    </message>
    <message>
        <source>The gateway container has no securityContext. v2 runs as user 1001 and writes CA certificates at start-up, so it needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>ゲートウェイ コンテナーに securityContext がありません。v2 はユーザー 1001 として実行され、起動時に CA 証明書を書き込むため、runAsNonRoot: true、runAsUser: 1001、readOnlyRootFilesystem: false が必要です。</translation>
    </message>
    <message>
        <source>%1 is a YAML alias; its anchor may be shared with other containers, so it is not edited. Give the gateway its own securityContext with runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>%1 は YAML エイリアスです。そのアンカーは他のコンテナーと共有されている可能性があるため、編集しません。runAsNonRoot: true、runAsUser: 1001、readOnlyRootFilesystem: false を指定した専用の securityContext をゲートウェイに設定してください。</translation>
    </message>
    <message>
        <source>%1 is %2, but the v2 gateway needs %3 (it runs as user 1001 and writes CA certificates at start-up).</source>
        <translation>%1 は %2 ですが、v2 ゲートウェイには %3 が必要です (ユーザー 1001 として実行され、起動時に CA 証明書を書き込むため)。</translation>
    </message>
    <message>
        <source>The securityContext lacks %1; the v2 gateway needs %2.</source>
        <translation>securityContext に %1 がありません。v2 ゲートウェイには %2 が必要です。</translation>
    </message>
    <message>
        <source>The gateway service runs as &apos;%1&apos;; v2 runs as user 1001. Set user: &quot;1001&quot;.</source>
        <translation>ゲートウェイ サービスは &apos;%1&apos; として実行されていますが、v2 はユーザー 1001 として実行されます。user: &quot;1001&quot; を設定してください。</translation>
    </message>
    <message>
        <source>read_only: true is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>read_only: true はサポートされていません。v2 ゲートウェイは起動時に CA 証明書を書き込みます。</translation>
    </message>
    <message>
        <source>The gateway container runs as &apos;%1&apos;; v2 runs as user 1001. Use --user 1001.</source>
        <translation>ゲートウェイ コンテナーは &apos;%1&apos; として実行されていますが、v2 はユーザー 1001 として実行されます。--user 1001 を使用してください。</translation>
    </message>
    <message>
        <source>--read-only is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>--read-only はサポートされていません。v2 ゲートウェイは起動時に CA 証明書を書き込みます。</translation>
    </message>
    <message>
        <source>This kustomization sets the gateway image; make sure the Deployment it patches has the v2 securityContext (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Import the base manifests too.</source>
        <translation>この kustomization はゲートウェイ イメージを設定します。パッチ対象の Deployment に v2 の securityContext (runAsNonRoot: true、runAsUser: 1001、readOnlyRootFilesystem: false) があることを確認してください。ベースのマニフェストもインポートしてください。</translation>
    </message>
    <message>
        <source>The probe uses the v1 health path %1; v2 answers on /status-0123456789abcdef.</source>
        <translation>プローブが v1 の正常性パス %1 を使用しています。v2 は /status-0123456789abcdef で応答します。</translation>
    </message>
    <message>
        <source>capabilities.drop lists &apos;%1&apos;; Pod Security Admission (restricted) accepts only upper-case ALL.</source>
        <translation>capabilities.drop に &apos;%1&apos; が指定されています。Pod Security Admission (restricted) では大文字の ALL のみが受け付けられます。</translation>
    </message>
    <message>
        <source>hostAliases pins the management host &apos;%1&apos;. v2 talks to the configuration host instead: add an entry for it (for example %2) with the address of your private endpoint.</source>
        <translation>hostAliases で管理ホスト &apos;%1&apos; が固定されています。v2 は代わりに構成ホストと通信するため、プライベート エンドポイントのアドレスを指定した構成ホストのエントリ (例: %2) を追加してください。</translation>
    </message>
    <message>
        <source>A configuration backup volume is mounted at /apim/config, but the pod has no fsGroup: 1001. The gateway (user 1001) cannot write its backup; set securityContext.fsGroup: 1001 on the pod.</source>
        <translation>構成バックアップ ボリュームが /apim/config にマウントされていますが、ポッドに fsGroup: 1001 がありません。ゲートウェイ (ユーザー 1001) はバックアップを書き込めません。ポッドに securityContext.fsGroup: 1001 を設定してください。</translation>
    </message>
    <message>
        <source>The GatewayKey token expired on %1. Generate a new token in the Azure portal (Gateways &gt; Deployment) before deploying.</source>
        <translation>ゲートウェイ トークン (GatewayKey) の有効期限は %1 に切れました。デプロイする前に、Azure portal ([ゲートウェイ] &gt; [デプロイ]) で新しいトークンを生成してください。</translation>
    </message>
    <message>
        <source>The GatewayKey token expires on %1. Plan a token rotation.</source>
        <translation>ゲートウェイ トークン (GatewayKey) の有効期限は %1 に切れます。トークンのローテーションを計画してください。</translation>
    </message>
    <message>
        <source>These are values of the 0.x chart (&apos;%1&apos;), whose default image is v1. Chart 1.x renamed them: gateway.endpoint became gateway.configuration.uri and gateway.authKey became gateway.auth.key; rename them when you upgrade the chart.</source>
        <translation>これらは 0.x チャートの値 (&apos;%1&apos;) であり、このチャートの既定のイメージは v1 です。チャート 1.x ではこれらの名前が変更されました (gateway.endpoint は gateway.configuration.uri に、gateway.authKey は gateway.auth.key に変更)。チャートをアップグレードするときに名前を変更してください。</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a v0/v1 gateway image; v0/v1 images are unsupported since 1 October 2023. Pin a 2.x.y tag.</source>
        <translation>イメージ タグ &apos;%1&apos; は v0/v1 ゲートウェイ イメージです。v0/v1 イメージは 2023 年 10 月 1 日以降サポートされていません。2.x.y タグに固定してください。</translation>
    </message>
    <message>
        <source>On the command line, use --endpoint.</source>
        <translation>コマンド ラインでは --endpoint を使用してください。</translation>
    </message>
    <message>
        <source>This v1 URL uses the custom management host &apos;%1&apos;, so the v2 configuration host of service &apos;%2&apos; cannot be derived. Enter it (for example %2.configuration.azure-api.net, or your custom configuration host).</source>
        <translation>この v1 URL はカスタム管理ホスト &apos;%1&apos; を使用しているため、サービス &apos;%2&apos; の v2 構成ホストを導き出せません。v2 構成ホストを入力してください (例: %2.configuration.azure-api.net、またはカスタム構成ホスト)。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a placeholder. Enter the v2 configuration host (&lt;service&gt;.configuration.azure-api.net).</source>
        <translation>エンドポイント &apos;%1&apos; はプレースホルダーです。v2 構成ホスト (&lt;service&gt;.configuration.azure-api.net) を入力してください。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a management host without the v1 path, which no gateway version accepts. The v2 host is probably %2; confirm it.</source>
        <translation>エンドポイント &apos;%1&apos; は v1 パスのない管理ホストであり、どのバージョンのゲートウェイでも受け付けられません。v2 ホストはおそらく %2 です。確認してください。</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; (%2) is written where the tool cannot edit it (%3). Change it by hand to %4.</source>
        <translation>ゲートウェイ イメージ &apos;%1&apos; (%2) は、ツールで編集できない場所 (%3) に記述されています。手動で %4 に変更してください。</translation>
    </message>
    <message>
        <source>This Configuration API v1 URL is written where the tool cannot edit it (%1). The gateway gets no configuration from it; change it by hand to %2.</source>
        <translation>この構成 API v1 の URL は、ツールで編集できない場所 (%1) に記述されています。ゲートウェイはここから構成を取得できません。手動で %2 に変更してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 0.x Helm chart or the 2021 Azure Arc extension, which current versions ignore; it is written where the tool cannot edit it (%2). Rename it by hand to &apos;%3&apos;.</source>
        <translation>&apos;%1&apos; は 0.x Helm チャートまたは 2021 年版 Azure Arc 拡張機能の設定であり、現在のバージョンでは無視されます。ツールで編集できない場所 (%2) に記述されています。手動で &apos;%3&apos; に名前を変更してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 2021 Azure Arc gateway extension; the current extension reads &apos;%2&apos; instead and ignores the old name. Rename it.</source>
        <translation>&apos;%1&apos; は 2021 年版 Azure Arc ゲートウェイ拡張機能の設定です。現在の拡張機能は代わりに &apos;%2&apos; を読み取り、古い名前は無視します。名前を変更してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a value of the 0.x chart; chart 1.0.0 and later read &apos;%2&apos; instead and ignore the old name. Rename it (and install chart 1.x, whose images are v2).</source>
        <translation>&apos;%1&apos; は 0.x チャートの値です。チャート 1.0.0 以降は代わりに &apos;%2&apos; を読み取り、古い名前は無視します。名前を変更してください (また、v2 イメージを使用するチャート 1.x をインストールしてください)。</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to a pinned 2.x.y gateway tag (the one chosen in the image step).</source>
        <translation>ゲートウェイ イメージ &apos;%1&apos; は %2 から組み立てられているため、ここでは編集されません。設定されている場所 (%3) で、固定の 2.x.y ゲートウェイ タグ (イメージの手順で選択したタグ) に手動で変更してください。</translation>
    </message>
    <message>
        <source>config.service.endpoint &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to the v2 configuration host: %4.</source>
        <translation>config.service.endpoint &apos;%1&apos; は %2 から組み立てられているため、ここでは編集されません。設定されている場所 (%3) で、v2 構成ホスト %4 に手動で変更してください。</translation>
    </message>
    <message>
        <source>%1 runs on %2, which has no Kubernetes securityContext (no runAsUser, no read-only root file system): the container runs as the image&apos;s own user with a writable file system, as v2 needs. Nothing to change for the security step.</source>
        <translation>%1 は %2 上で実行されます。%2 には Kubernetes の securityContext がありません (runAsUser も読み取り専用のルート ファイル システムもありません)。コンテナーは v2 の要件どおり、イメージ自身のユーザーとして書き込み可能なファイル システムで実行されます。セキュリティの手順で変更するものはありません。</translation>
    </message>
    <message>
        <source>%1 is shared through a YAML anchor or merge key with a field that is not this gateway&apos;s own, so it is not edited: the change would reach that field too. Give the gateway its own value (%2), then migrate again.</source>
        <translation>%1 は YAML のアンカーまたはマージ キーによって、このゲートウェイ以外のフィールドと共有されているため、編集しません: 変更がそのフィールドにも及ぶためです。ゲートウェイに専用の値 (%2) を設定してから、もう一度移行してください。</translation>
    </message>
    <message>
        <source>These values are for chart %1, which has no securityContext value (it came with chart 1.1.0), so a securityContext here would have no effect. Upgrade the chart to 1.1.0 or later (chart 1.x uses gateway.configuration.uri and gateway.auth.key) and set securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false there.%2</source>
        <translation>これらの値はチャート %1 用です。このチャートには securityContext の値がない (チャート 1.1.0 で追加) ため、ここに securityContext を指定しても効果はありません。チャートを 1.1.0 以降にアップグレードし (チャート 1.x は gateway.configuration.uri と gateway.auth.key を使用します)、そこで securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false を設定してください。%2</translation>
    </message>
    <message>
        <source>The image comes from the registry &apos;%1&apos;, not from MCR: mirror the new tag there before you deploy (for example az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;), or the pods cannot pull it.</source>
        <translation>イメージは MCR ではなくレジストリ &apos;%1&apos; から取得されます: デプロイする前に新しいタグをそのレジストリにミラーリングしてください (例: az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;)。そうしないと、ポッドはイメージをプルできません。</translation>
    </message>
    <message>
        <source>This file uses &apos;%1&apos;, which is outside the imported folder %2: it was not checked for gateway references, and copies of this folder alone will not work. Import %3, which holds both.</source>
        <translation>このファイルはインポートしたフォルダー %2 の外にある &apos;%1&apos; を使用しています。これはゲートウェイへの参照を確認されておらず、このフォルダーだけのコピーは動作しません。両方を含む %3 をインポートしてください。</translation>
    </message>
    <message>
        <source>This kustomization builds on the remote base &apos;%1&apos;: its files were not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>この kustomization はリモートのベース &apos;%1&apos; を基にしています。そのファイルはゲートウェイへの参照を確認されていません。ゲートウェイをデプロイする場合は、それを管理している場所で移行してください。</translation>
    </message>
    <message>
        <source>This file uses the remote file &apos;%1&apos;: it was not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>このファイルはリモートのファイル &apos;%1&apos; を使用しています。これはゲートウェイへの参照を確認されていません。ゲートウェイをデプロイする場合は、それを管理している場所で移行してください。</translation>
    </message>
</context>
<context>
    <name>agm::FindingList</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>needs your answer</source>
        <translation>回答が必要</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在の値</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Type the v2 configuration host here, for example contoso.configuration.azure-api.net</source>
        <translation>ここに v2 構成ホストを入力します (例: contoso.configuration.azure-api.net)</translation>
    </message>
    <message>
        <source>Nothing to change in this step.</source>
        <translation>この手順で変更するものはありません。</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>change by hand</source>
        <translation>手動で変更</translation>
    </message>
    <message>
        <source>left on the v1 URL</source>
        <translation>v1 URL のまま</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Each row is one change or piece of advice. Space switches a change on or off; F2 or Enter types the answer of a row that asks for one.</source>
        <translation>各行は 1 つの変更またはアドバイスです。Space キーで変更のオン/オフを切り替えます。回答が必要な行では、F2 キーまたは Enter キーで回答を入力します。</translation>
    </message>
    <message>
        <source>from recipe</source>
        <translation>レシピから</translation>
    </message>
    <message>
        <source>%1 · from recipe</source>
        <translation>%1 · レシピから</translation>
    </message>
    <message>
        <source>This choice comes from the recipe %1; change it here if it does not fit.</source>
        <translation>この選択はレシピ %1 から取得されています。合わない場合はここで変更してください。</translation>
    </message>
    <message>
        <source>Your answer “%1” is not used: %2.</source>
        <translation>回答「%1」は使用されません: %2。</translation>
    </message>
    <message>
        <source>Apply: on</source>
        <translation>適用: オン</translation>
    </message>
    <message>
        <source>Apply: off</source>
        <translation>適用: オフ</translation>
    </message>
    <message>
        <source>Space switches this change on or off</source>
        <translation>Space キーでこの変更のオン/オフを切り替えます</translation>
    </message>
    <message>
        <source>Explanation of the selected change</source>
        <translation>選択した変更の説明</translation>
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
        <translation>ローリング</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>フローティング</translation>
    </message>
    <message>
        <source>legacy v0/v1</source>
        <translation>レガシ v0/v1</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Rolling tags move to every new 2.x release; replicas can end up on different versions. Pin an exact version for production.</source>
        <translation>ローリング タグは新しい 2.x リリースごとに更新されるため、レプリカごとにバージョンが異なる状態になる可能性があります。運用環境では正確なバージョンに固定してください。</translation>
    </message>
    <message>
        <source>Preview images are not supported in production.</source>
        <translation>プレビュー イメージは運用環境ではサポートされていません。</translation>
    </message>
    <message>
        <source>Floating tags like &apos;latest&apos; can jump to another major version without notice (&apos;latest&apos; moved from v1 to v2 in 2022).</source>
        <translation>&apos;latest&apos; のようなフローティング タグは、予告なく別のメジャー バージョンに切り替わる可能性があります (&apos;latest&apos; は 2022 年に v1 から v2 に切り替わりました)。</translation>
    </message>
    <message>
        <source>This is a v0/v1 image: it no longer receives configuration. Choose a 2.x.y tag.</source>
        <translation>これは v0/v1 イメージであり、構成を受信できなくなっています。2.x.y タグを選択してください。</translation>
    </message>
    <message>
        <source>This is not one of the documented tag conventions; check that the tag exists.</source>
        <translation>ドキュメントに記載されているタグの規則に該当しません。タグが存在することを確認してください。</translation>
    </message>
    <message>
        <source>Every gateway image found in your files is listed. Choose the 2.x.y tag they should all run; the registry host of each reference is kept.</source>
        <translation>ファイル内で見つかったすべてのゲートウェイ イメージが一覧表示されます。すべてのイメージで使用する 2.x.y タグを選択してください。各参照のレジストリ ホストはそのまま保持されます。</translation>
    </message>
    <message>
        <source>Image references</source>
        <translation>イメージ参照</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>タグのフィルター</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Available tags</source>
        <translation>使用可能なタグ</translation>
    </message>
    <message>
        <source>or type a tag, e.g. 2.11.1</source>
        <translation>またはタグを入力 (例: 2.11.1)</translation>
    </message>
    <message>
        <source>Custom tag</source>
        <translation>カスタム タグ</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>一覧を更新(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the current tag list from the registry</source>
        <translation>レジストリから最新のタグ一覧を取得します</translation>
    </message>
    <message>
        <source>Ask the registry for the digest of the chosen tag and write tag@sha256:...</source>
        <translation>選択したタグのダイジェストをレジストリに問い合わせ、tag@sha256:... の形式で書き込みます</translation>
    </message>
    <message>
        <source>&amp;Target tag:</source>
        <translation>ターゲット タグ(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;ustom tag:</source>
        <translation>カスタム タグ(&amp;U):</translation>
    </message>
    <message>
        <source>Pinning by digest failed: %1</source>
        <translation>ダイジェストによる固定に失敗しました: %1</translation>
    </message>
    <message>
        <source>Fetching the tag list from %1…</source>
        <translation>%1 からタグ一覧を取得しています…</translation>
    </message>
    <message>
        <source>Asking the registry for the digest of %1…</source>
        <translation>%1 のダイジェストをレジストリに問い合わせています…</translation>
    </message>
    <message>
        <source>Tag list: %1.</source>
        <translation>タグ一覧: %1。</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the tag list.</source>
        <translation>&apos;%1&apos; はタグ一覧にありません。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Pin the container image</source>
        <translation>コンテナー イメージの固定</translation>
    </message>
    <message>
        <source>Pin by &amp;digest</source>
        <translation>ダイジェストで固定(&amp;D)</translation>
    </message>
    <message>
        <source>Use this floating tag an&amp;yway</source>
        <translation>このフローティング タグをそのまま使用(&amp;Y)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag.</source>
        <translation>&apos;%1&apos; は有効なイメージ タグではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a 2.x.y version. Choose a pinned tag such as %2.</source>
        <translation>&apos;%1&apos; は 2.x.y バージョンではありません。%2 などの固定タグを選択してください。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>Use this preview tag an&amp;yway</source>
        <translation>このプレビュー タグをそのまま使用(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>agm::ImportPage</name>
    <message>
        <source>Import deployment files</source>
        <translation>デプロイ ファイルをインポートする</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルの追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>フォルダーの追加(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近使用した場所(&amp;R)</translation>
    </message>
    <message>
        <source>Recent locations</source>
        <translation>最近使用した場所</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Add deployment files</source>
        <translation>デプロイ ファイルの追加</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーの追加</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>インポートしたファイル</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>インポートのキャンセル</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>まだ何もインポートされていません。</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1/%2 ファイル</translation>
    </message>
    <message>
        <source>Import cancelled; the files read so far are listed.</source>
        <translation>インポートがキャンセルされました。それまでに読み込まれたファイルが一覧表示されます。</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>Add the files that deploy the gateway to continue.</source>
        <translation>続行するには、ゲートウェイをデプロイするファイルを追加してください。</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>読み込み不可</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. Kubernetes YAML and JSON, Helm values (also in Flux and Argo CD), Kustomize, compose, env files, scripts, Dockerfiles, CI workflows, Terraform, Bicep and ARM are recognised by their content; any other text file is scanned for gateway references.</source>
        <translation>ここにファイルやフォルダーをドロップするか、ボタンで追加してください。Kubernetes YAML と JSON、Helm values (Flux や Argo CD 内のものも含む)、Kustomize、compose、env ファイル、スクリプト、Dockerfile、CI ワークフロー、Terraform、Bicep、ARM は内容から認識されます。その他のテキスト ファイルは、ゲートウェイ参照がないかスキャンされます。</translation>
    </message>
    <message>
        <source>Deployment files (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;All files (*)</source>
        <translation>デプロイ ファイル (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Each imported file with its format and where it stands; problems are listed under the file.</source>
        <translation>インポートした各ファイルとその形式、状態です。問題はファイルの下に一覧表示されます。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Nothing here can be migrated by the tool; go on to export the report of what is not done.</source>
        <translation>ツールで移行できるものはありません。次に進んで、未完了の項目のレポートをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Files that could not be read and references to change by hand are not migrated; the next pages and the reports list each one.</source>
        <translation>読み込めなかったファイルと手動で変更する参照は移行されません。次のページとレポートに各項目が一覧表示されます。</translation>
    </message>
</context>
<context>
    <name>agm::Ledger</name>
    <message>
        <source>%n file(s)</source>
        <translation>%n 個のファイル</translation>
    </message>
</context>
<context>
    <name>agm::MigrationSession</name>
    <message>
        <source>%n endpoint answer(s)</source>
        <translation>%n 件のエンドポイントの回答</translation>
    </message>
    <message>
        <source>%n change(s) switched off</source>
        <translation>オフにした変更 %n 件</translation>
    </message>
    <message>
        <source>%n step(s) skipped</source>
        <translation>スキップした手順 %n 個</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>イメージ タグ %1</translation>
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
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>プレゼンター モード(&amp;P)</translation>
    </message>
    <message>
        <source>Larger text on every page, for projectors (Ctrl+Shift+P)</source>
        <translation>すべてのページで文字を大きくします (プロジェクター向け、Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host: select the row on the Endpoint page and press F2.</source>
        <translation>
            <numerusform>v2 ホストが未入力のエンドポイントが %n 個あります: [エンドポイント] ページで行を選択し、F2 キーを押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick “%1” to go on.</source>
        <translation>続行するには「%1」をオンにしてください。</translation>
    </message>
    <message>
        <source>Add the files or folders to migrate and wait until they are read.</source>
        <translation>移行するファイルまたはフォルダーを追加し、読み込みが完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>This page is not complete yet.</source>
        <translation>このページはまだ完了していません。</translation>
    </message>
    <message>
        <source>Discard your decisions?</source>
        <translation>決定内容を破棄しますか?</translation>
    </message>
    <message>
        <source>Closing now discards what you decided (%1); nothing has been written.</source>
        <translation>今閉じると、決定した内容 (%1) は破棄されます。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>作業を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>agm::NextCommands</name>
    <message>
        <source>Remove the old gateway container first (docker rm -f with its name); the new one uses the same ports.</source>
        <translation>先に古いゲートウェイ コンテナーを削除してください (名前を指定して docker rm -f)。新しいコンテナーは同じポートを使用します。</translation>
    </message>
    <message>
        <source>RELEASE is the name of the gateway&apos;s Helm release (helm list --all-namespaces shows it).</source>
        <translation>RELEASE はゲートウェイの Helm リリースの名前です (helm list --all-namespaces で表示されます)。</translation>
    </message>
    <message>
        <source>Its relative volume and build paths now resolve in %1: copy what they use there first.</source>
        <translation>相対パスのボリュームとビルドのパスは %1 を基準に解決されるようになりました。先に、それらが使うものをそこへコピーしてください。</translation>
    </message>
</context>
<context>
    <name>agm::OpenItem</name>
    <message>
        <source>write: %1</source>
        <translation>書き込み: %1</translation>
    </message>
</context>
<context>
    <name>agm::Reader</name>
    <message>
        <source>unexpected text after the end of the recipe</source>
        <translation>レシピの末尾の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; が必要です</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected &apos;%1&apos;</source>
        <translation>レシピが途中で終わっています。&apos;%1&apos; が必要です</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a value</source>
        <translation>レシピが途中で終わっています。値が必要です</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a key</source>
        <translation>レシピが途中で終わっています。キーが必要です</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>二重引用符で囲まれたキーが必要です</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>キー &quot;%1&quot; が 2 回出現します</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>数字が必要です</translation>
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation>\u の後に 4 桁の 16 進数が必要です</translation>
    </message>
    <message>
        <source>the recipe ends inside a string</source>
        <translation>レシピが文字列の途中で終わっています</translation>
    </message>
    <message>
        <source>a control character inside a string; write it as an escape</source>
        <translation>文字列内に制御文字があります。エスケープとして記述してください</translation>
    </message>
    <message>
        <source>expected a low surrogate (\u) after a high one</source>
        <translation>上位サロゲートの後に下位サロゲート (\u) が必要です</translation>
    </message>
    <message>
        <source>a lone surrogate in \u escapes</source>
        <translation>\u エスケープに単独のサロゲートがあります</translation>
    </message>
    <message>
        <source>an unknown escape in a string</source>
        <translation>文字列内に不明なエスケープがあります</translation>
    </message>
</context>
<context>
    <name>agm::Recipe</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
</context>
<context>
    <name>agm::RecipeOriginLabel</name>
    <message>
        <source>Choices from the recipe</source>
        <translation>レシピからの選択</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>イメージ タグ %1</translation>
    </message>
    <message>
        <source>the %1 step is skipped</source>
        <translation>%1 の手順はスキップされます</translation>
    </message>
    <message>
        <source>The decisions of the recipe %1 apply to the files you import.</source>
        <translation>レシピ %1 の決定内容が、インポートするファイルに適用されます。</translation>
    </message>
    <message>
        <source>From the recipe %1: %2.</source>
        <translation>レシピ %1 より: %2。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>agm::Report</name>
    <message>
        <source>Self-hosted gateway migration report</source>
        <translation>セルフホステッド ゲートウェイ移行レポート</translation>
    </message>
    <message>
        <source>- Tool: apim-gateway-migrator %1
</source>
        <translation>- ツール: apim-gateway-migrator %1
</translation>
    </message>
    <message>
        <source>- Target image tag: `%1` (tag list: %2)
</source>
        <translation>- ターゲット イメージ タグ: `%1` (タグ一覧: %2)
</translation>
    </message>
    <message>
        <source>## `%1`

%2, %3, %4 line endings. </source>
        <translation>## `%1`

%2、%3、改行コード: %4。 </translation>
    </message>
    <message>
        <source>| Line | Step | Status | Where | Change | Why |</source>
        <translation>| 行 | 手順 | 状態 | 場所 | 変更 | 理由 |</translation>
    </message>
    <message>
        <source>&lt;li&gt;Tool: apim-gateway-migrator %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;ツール: apim-gateway-migrator %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Target image tag: &lt;code&gt;%1&lt;/code&gt; (tag list: %2)&lt;/li&gt;</source>
        <translation>&lt;li&gt;ターゲット イメージ タグ: &lt;code&gt;%1&lt;/code&gt; (タグ一覧: %2)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2, %3, %4 line endings. %5&lt;/p&gt;
</source>
        <translation>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2、%3、改行コード: %4。%5&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;Step&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;th&gt;Change&lt;/th&gt;&lt;th&gt;Why&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th&gt;行&lt;/th&gt;&lt;th&gt;手順&lt;/th&gt;&lt;th&gt;状態&lt;/th&gt;&lt;th&gt;場所&lt;/th&gt;&lt;th&gt;変更&lt;/th&gt;&lt;th&gt;理由&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>Connectivity checks</source>
        <translation>接続チェック</translation>
    </message>
    <message>
        <source>Run %1 from the computer that ran the wizard (%2): %3.

</source>
        <translation>%1 に、ウィザードを実行したコンピューターからチェックを実行しました (%2): %3。

</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>システム リゾルバー</translation>
    </message>
    <message>
        <source>A check failed; the operator acknowledged it and exported anyway.</source>
        <translation>チェックが失敗しました。オペレーターはこれを確認したうえでエクスポートしました。</translation>
    </message>
    <message>
        <source>| Endpoint | Status | DNS | TCP | TLS | HTTP | Proxy | Details |</source>
        <translation>| エンドポイント | 状態 | DNS | TCP | TLS | HTTP | プロキシ | 詳細 |</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>ヒント: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>The connectivity checks were not run: DNS, TCP, TLS and HTTP to the v2 configuration host are unverified.</source>
        <translation>接続チェックは実行されませんでした: v2 構成ホストへの DNS、TCP、TLS、HTTP は検証されていません。</translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>接続チェックを実行できませんでした: %1。</translation>
    </message>
    <message>
        <source>Acknowledged by the operator, who exported anyway.</source>
        <translation>オペレーターが確認したうえでエクスポートしました。</translation>
    </message>
    <message>
        <source>- Files: %1, edits: %2, open questions: %3
</source>
        <translation>- ファイル: %1、編集: %2、未解決の質問: %3
</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>&lt;li&gt;Files: %1, edits: %2, open questions: %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;ファイル: %1、編集: %2、未解決の質問: %3&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>agm::ReviewPage</name>
    <message>
        <source>Review every change</source>
        <translation>すべての変更を確認する</translation>
    </message>
    <message>
        <source>Pick a file to see its changes side by side. Untick a change to leave it out; the diff follows at once.</source>
        <translation>ファイルを選択すると、その変更が並べて表示されます。変更のチェックを外すとその変更は除外され、差分にすぐ反映されます。</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>このファイルの変更</translation>
    </message>
    <message>
        <source>Side-by-side diff</source>
        <translation>並列表示の差分</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>シークレットを表示(&amp;V)</translation>
    </message>
    <message>
        <source>Shows tokens and keys in the diff. They stay masked in reports and exports.</source>
        <translation>差分にトークンとキーを表示します。レポートとエクスポートではマスクされたままです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 line endings</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 改行コード: %4</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>シークレットの表示</translation>
    </message>
    <message>
        <source>Show gateway tokens and keys in the diff? Anyone who can see your screen will see them. Reports and exported files keep them masked.</source>
        <translation>差分にゲートウェイのトークンとキーを表示しますか? 画面が見える人には誰にでもそれらが見えてしまいます。レポートとエクスポートされたファイルではマスクされたままです。</translation>
    </message>
    <message>
        <source>Files about the gateway</source>
        <translation>ゲートウェイに関するファイル</translation>
    </message>
    <message>
        <source>Not done in this file</source>
        <translation>このファイルで未完了の項目</translation>
    </message>
    <message>
        <source>Preparing the diff of %1…</source>
        <translation>%1 の差分を準備しています…</translation>
    </message>
</context>
<context>
    <name>agm::SecurityPage</name>
    <message>
        <source>The v2 gateway runs as user 1001 and writes CA certificates at start-up, so each gateway container needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false. Other fields are kept.</source>
        <translation>v2 ゲートウェイはユーザー 1001 として実行され、起動時に CA 証明書を書き込むため、各ゲートウェイ コンテナーには runAsNonRoot: true、runAsUser: 1001、readOnlyRootFilesystem: false が必要です。その他のフィールドは保持されます。</translation>
    </message>
    <message>
        <source>Security context changes</source>
        <translation>セキュリティ コンテキストの変更</translation>
    </message>
    <message>
        <source>Advice rows (probe path, capabilities, hostAliases, backups, tokens) come from the production guidance; switch any change off that you do not want.</source>
        <translation>アドバイスの行 (プローブ パス、capabilities、hostAliases、バックアップ、トークン) は運用環境向けガイダンスに基づいています。不要な変更はオフにしてください。</translation>
    </message>
    <message>
        <source>Add the security context</source>
        <translation>セキュリティ コンテキストの追加</translation>
    </message>
</context>
<context>
    <name>agm::SideBySideDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Go to the previous change</source>
        <translation>前の変更に移動します</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Go to the next change</source>
        <translation>次の変更に移動します</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きくします</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さくします</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>ズームのリセット</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>既定の文字サイズに戻します</translation>
    </message>
    <message>
        <source>Fold Unchanged Lines</source>
        <translation>変更のない行を折りたたむ</translation>
    </message>
    <message>
        <source>Fold long runs of unchanged lines</source>
        <translation>変更のない行が長く続く部分を折りたたみます</translation>
    </message>
    <message numerus="yes">
        <source>Fold runs of unchanged lines, keeping %n line(s) of context around each change</source>
        <translation>
            <numerusform>変更のない連続した行を折りたたみ、各変更の前後 %n 行をコンテキストとして残します</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>Text size; Ctrl+0 resets it</source>
        <translation>文字サイズ (Ctrl+0 でリセット)</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>移行前のテキスト</translation>
    </message>
    <message>
        <source>Migrated text</source>
        <translation>移行後のテキスト</translation>
    </message>
    <message>
        <source>Scroll both texts</source>
        <translation>両方のテキストをスクロール</translation>
    </message>
    <message>
        <source>Scroll long lines</source>
        <translation>長い行をスクロール</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>移行前</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>移行後</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>変更 %1/%2</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so files are shown without token colours</source>
        <translation>このビルドでは KSyntaxHighlighting を使用できないため、ファイルは構文の色分けなしで表示されます</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so %1 is shown without token colours</source>
        <translation>このビルドでは KSyntaxHighlighting を使用できないため、%1 は構文の色分けなしで表示されます</translation>
    </message>
    <message>
        <source>Token colours by KSyntaxHighlighting %1</source>
        <translation>構文の色分け: KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 has no syntax definition for %2, so it is shown without token colours</source>
        <translation>KSyntaxHighlighting %1 には %2 の構文定義がないため、構文の色分けなしで表示されます</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB, so it is shown without %2 colours (KSyntaxHighlighting %3)</source>
        <translation>%1 は 10 MB を超えているため、%2 の色分けなしで表示されます (KSyntaxHighlighting %3)</translation>
    </message>
    <message>
        <source>%1 colours by KSyntaxHighlighting %2</source>
        <translation>%1 の色分け: KSyntaxHighlighting %2</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>長い行を折り返す(&amp;W)</translation>
    </message>
    <message>
        <source>Wrap lines wider than the pane instead of scrolling sideways</source>
        <translation>横にスクロールする代わりに、ペインより長い行を折り返します</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>インライン(&amp;I)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Too narrow for two panes here: widen the window or zoom out for side by side</source>
        <translation>2 つのペインを表示するには幅が狭すぎます: 並列表示にするには、ウィンドウを広げるか縮小してください</translation>
    </message>
    <message>
        <source>One column: each changed line as removed, then as added</source>
        <translation>1 列: 変更された各行を、削除された行、追加された行の順に表示します</translation>
    </message>
    <message>
        <source>Original and migrated text, inline</source>
        <translation>移行前と移行後のテキスト (インライン)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備しています…</translation>
    </message>
</context>
<context>
    <name>agm::StepList</name>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1: current</source>
        <translation>%1: 現在の手順</translation>
    </message>
    <message>
        <source>%1: blocked</source>
        <translation>%1: ブロック中</translation>
    </message>
    <message>
        <source>%1: to do</source>
        <translation>%1: 未実施</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation>手順 %1/%2、%3</translation>
    </message>
</context>
<context>
    <name>agm::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Originals kept as:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;元のファイルの保存先:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;レポート:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next, after a new gateway token if yours has expired:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;次の手順 (ゲートウェイ トークンの有効期限が切れている場合は、先に新しいトークンを取得してください):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;check the gateway&apos;s status in the Azure portal (Gateways &amp;gt; your gateway)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;Azure portal でゲートウェイの状態を確認 ([ゲートウェイ] &amp;gt; 対象のゲートウェイ)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>%n 件の変更を &lt;b&gt;%1&lt;/b&gt; に書き込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written in place.</source>
        <translation>
            <numerusform>%n 件の変更を元のファイルに直接書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Check these files:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;次のファイルを確認してください:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>フォルダー %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>No file manager opened the folder. It is: %1</source>
        <translation>ファイル マネージャーでフォルダーを開けませんでした。フォルダーの場所: %1</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>コマンドのコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the commands above to the clipboard, one a line</source>
        <translation>上記のコマンドを 1 行に 1 つずつクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Written, but not everything is migrated</source>
        <translation>書き込みましたが、すべては移行されていません</translation>
    </message>
    <message numerus="yes">
        <source>Not done (%n item(s)); the report lists each one:</source>
        <translation>
            <numerusform>未完了 (%n 個の項目)。各項目はレポートに記載されています:</numerusform>
        </translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>接続チェックを実行できませんでした: %1。</translation>
    </message>
    <message>
        <source>&lt;li&gt;change the items under Not done by hand, or fix the files that could not be read and run the migration again&lt;/li&gt;</source>
        <translation>&lt;li&gt;[未完了] の項目を手動で変更するか、読み込めなかったファイルを修正して、移行をもう一度実行してください&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports, in &lt;code&gt;%1&lt;/code&gt;:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;レポート (&lt;code&gt;%1&lt;/code&gt; 内):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>agm::WelcomePage</name>
    <message>
        <source>Move your self-hosted gateway to v2</source>
        <translation>セルフホステッド ゲートウェイを v2 に移行する</translation>
    </message>
    <message>
        <source>&lt;p&gt;Azure API Management retired the v0 and v1 self-hosted gateway images and the Configuration API v1 on &lt;b&gt;1 October 2023&lt;/b&gt;. Gateways still on them stop receiving configuration. This wizard reads the files you deploy the gateway with and makes the three changes v2 needs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Image&lt;/b&gt;: pin an exact 2.x.y tag from the Microsoft Container Registry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint&lt;/b&gt;: point &lt;code&gt;config.service.endpoint&lt;/code&gt; at &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Security context&lt;/b&gt;: run as user 1001 with a writable root file system.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only the bytes these changes need are touched: comments, quotes, indentation and line endings stay as they are. You review every change side by side before anything is written, your originals are never modified unless you ask for it, and tokens stay masked.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;migration guide&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;retirement notice&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;production guidance&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Azure API Management では、&lt;b&gt;2023 年 10 月 1 日&lt;/b&gt;にセルフホステッド ゲートウェイの v0 および v1 イメージと構成 API v1 の提供が終了しました。これらを引き続き使用しているゲートウェイは構成を受信できなくなります。このウィザードは、ゲートウェイのデプロイに使用しているファイルを読み込み、v2 に必要な 3 つの変更を行います:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;イメージ&lt;/b&gt;: Microsoft Container Registry の正確な 2.x.y タグに固定します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;エンドポイント&lt;/b&gt;: &lt;code&gt;config.service.endpoint&lt;/code&gt; が &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt; を指すようにします。&lt;/li&gt;&lt;li&gt;&lt;b&gt;セキュリティ コンテキスト&lt;/b&gt;: ユーザー 1001 として、書き込み可能なルート ファイル システムで実行します。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;変更されるのは、これらの変更に必要なバイトだけです。コメント、引用符、インデント、改行コードはそのまま維持されます。書き込みを行う前にすべての変更を並べて確認できます。指示しない限り元のファイルが変更されることはなく、トークンはマスクされたままです。&lt;/p&gt;&lt;p&gt;ドキュメント: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;移行ガイド&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;提供終了のお知らせ&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;運用環境向けガイダンス&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>デモを試す(&amp;D)</translation>
    </message>
    <message>
        <source>Loads a training set: a Contoso gateway deployed with Kubernetes YAML, Docker, Helm and compose.</source>
        <translation>トレーニング用サンプルを読み込みます。Kubernetes YAML、Docker、Helm、compose でデプロイされた Contoso ゲートウェイです。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>The training set could not be prepared in a temporary folder.</source>
        <translation>一時フォルダーにトレーニング用サンプルを準備できませんでした。</translation>
    </message>
    <message>
        <source>The demo loads a Contoso gateway deployed four ways (Kubernetes, Docker, Helm, compose). Or press Next to import your own files.</source>
        <translation>デモでは、4 つの方法 (Kubernetes、Docker、Helm、compose) でデプロイされた Contoso ゲートウェイを読み込みます。独自のファイルをインポートする場合は [次へ] を押してください。</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>レシピから開始(&amp;R)…</translation>
    </message>
    <message>
        <source>Opens a migration recipe (migration-recipe.json): the decisions of an earlier migration, applied to the files you import next.</source>
        <translation>移行レシピ (migration-recipe.json) を開きます: 以前の移行での決定内容が、次にインポートするファイルに適用されます。</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>レシピから開始</translation>
    </message>
    <message>
        <source>Recipes (*.json);;All files (*)</source>
        <translation>レシピ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>This recipe cannot be used:
%1

Fix it, or export a new one from the wizard.</source>
        <translation>このレシピは使用できません:
%1

レシピを修正するか、ウィザードから新しいレシピをエクスポートしてください。</translation>
    </message>
    <message>
        <source>A recipe replays the decisions of an earlier migration (image tag, endpoint answers, changes left out) on other copies of the files; the pages mark every choice that came from it.</source>
        <translation>レシピは、以前の移行での決定内容 (イメージ タグ、エンドポイントの回答、除外した変更) を、ファイルの他のコピーに再適用します。レシピから取得された選択は、各ページで示されます。</translation>
    </message>
</context>
<context>
    <name>agm::app</name>
    <message>
        <source>apim-gateway-migrator: unknown command &apos;%1&apos;.
</source>
        <translation>apim-gateway-migrator: 不明なコマンド &apos;%1&apos; です。
</translation>
    </message>
    <message>
        <source>Plan and apply the self-hosted gateway v2 migration without a GUI.
Without --out, --in-place or --check it prints the unified diff (secrets masked) and writes nothing.</source>
        <translation>GUI を使用せずに、セルフホステッド ゲートウェイの v2 への移行を計画して適用します。
--out、--in-place、--check のいずれも指定しない場合は、unified 形式の差分 (シークレットはマスク) を出力し、何も書き込みません。</translation>
    </message>
    <message>
        <source>Deployment files or folders.</source>
        <translation>デプロイ ファイルまたはフォルダー。</translation>
    </message>
    <message>
        <source>Target image tag (default: the recommended pinned 2.x.y of the tag list).</source>
        <translation>ターゲット イメージ タグ (既定: タグ一覧で推奨される固定の 2.x.y)。</translation>
    </message>
    <message>
        <source>v2 configuration host where it cannot be derived (custom domain, placeholder).</source>
        <translation>導き出せない場合 (カスタム ドメイン、プレースホルダー) の v2 構成ホスト。</translation>
    </message>
    <message>
        <source>Write migrated copies under DIR, mirroring the inputs&apos; layout.</source>
        <translation>移行後のコピーを、入力と同じフォルダー構成で DIR の下に書き込みます。</translation>
    </message>
    <message>
        <source>Rewrite the inputs, keeping .bak copies of the originals.</source>
        <translation>入力ファイルを書き換え、元のファイルの .bak コピーを保持します。</translation>
    </message>
    <message>
        <source>Skip a step: image, endpoint, security or extras (repeatable).</source>
        <translation>手順をスキップします: image、endpoint、security、extras (複数回指定可)。</translation>
    </message>
    <message>
        <source>Change nothing; exit 1 if anything still needs migration.</source>
        <translation>何も変更しません。移行が必要なものが残っている場合は終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>Print the plan as JSON on stdout.</source>
        <translation>計画を JSON として stdout に出力します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
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
        <translation>&apos;apim-gateway-migrator migrate --help&apos; を実行してください。
</translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation>ファイルまたはフォルダーを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>--out, --in-place and --check exclude each other.</source>
        <translation>--out、--in-place、--check は同時に指定できません。</translation>
    </message>
    <message>
        <source>--json prints the plan instead of writing; use --report FILE.json with --out or --in-place.</source>
        <translation>--json は書き込みを行わずに計画を出力します。--out または --in-place と併用する場合は --report FILE.json を使用してください。</translation>
    </message>
    <message>
        <source>--skip %1: use image, endpoint, security or extras.</source>
        <translation>--skip %1: image、endpoint、security、extras のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>the tag list (%1) has no pinned 2.x.y tag; give one with --tag.</source>
        <translation>タグ一覧 (%1) に固定の 2.x.y タグがありません。--tag で指定してください。</translation>
    </message>
    <message>
        <source>--tag %1 is not a valid image tag.</source>
        <translation>--tag %1 は有効なイメージ タグではありません。</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2); check that it exists.
</source>
        <translation>警告: タグ %1 はタグ一覧 (%2) にありません。存在することを確認してください。
</translation>
    </message>
    <message>
        <source>warning: %1 is not a pinned 2.x.y tag; production deployments should pin one.
</source>
        <translation>警告: %1 は固定の 2.x.y タグではありません。運用環境のデプロイでは 2.x.y タグに固定してください。
</translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: エラー: %2
</translation>
    </message>
    <message>
        <source>%1: question: %2
</source>
        <translation>%1: 質問: %2
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
        <translation>書き込み: %1
</translation>
    </message>
    <message>
        <source>kept the original as %1
</source>
        <translation>元のファイルを保持: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>エラー: %1
</translation>
    </message>
    <message>
        <source>--tags-url: %1.</source>
        <translation>--tags-url: %1。</translation>
    </message>
    <message>
        <source>--ca-file %1: no such file.</source>
        <translation>--ca-file %1: そのようなファイルはありません。</translation>
    </message>
    <message>
        <source>--timeout %1: give the seconds to wait, more than 0 and at most 3600.</source>
        <translation>--timeout %1: 待機する秒数を 0 より大きく 3600 以下の値で指定してください。</translation>
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
        <translation>  (推奨)</translation>
    </message>
    <message>
        <source>Read the tag list (MCR tags/list JSON, or the JSON of &apos;tags --json&apos;) from FILE.</source>
        <translation>FILE からタグ一覧 (MCR の tags/list JSON、または &apos;tags --json&apos; の JSON) を読み込みます。</translation>
    </message>
    <message>
        <source>Tag list URL of a registry that mirrors the image (default: MCR). https only; plain http only for loopback hosts.</source>
        <translation>イメージをミラーリングしているレジストリのタグ一覧 URL (既定: MCR)。https のみ。暗号化されていない http はループバック ホストでのみ使用できます。</translation>
    </message>
    <message>
        <source>No network: the cached tag list (of --tags-url, default MCR), then the bundled snapshot.</source>
        <translation>ネットワークを使用しません: キャッシュされたタグ一覧 (--tags-url のもの。既定は MCR)、次に同梱のスナップショットを使用します。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (for a private registry).</source>
        <translation>PEM 内の CA 証明書も信頼します (プライベート レジストリ用)。</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only, never HTTP/2.</source>
        <translation>HTTP/1.1 のみを使用し、HTTP/2 は使用しません。</translation>
    </message>
    <message>
        <source>Give up on the registry after SEC seconds (default 60).</source>
        <translation>SEC 秒後にレジストリへのアクセスを中止します (既定: 60)。</translation>
    </message>
    <message>
        <source>--tags-file %1: %2. Expected the JSON of GET /v2/azure-api-management/gateway/tags/list.</source>
        <translation>--tags-file %1: %2。GET /v2/azure-api-management/gateway/tags/list の JSON が必要です。</translation>
    </message>
    <message>
        <source>note: the live tag list failed: %1; using the %2.
</source>
        <translation>注: ライブのタグ一覧を取得できませんでした: %1。%2 を使用します。
</translation>
    </message>
    <message>
        <source>note: offline: %1; using the %2.
</source>
        <translation>注: オフライン: %1。%2 を使用します。
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
        <translation>azure-api-management/gateway のイメージ タグを、種類 (pinned、preview、rolling、floating、legacy、other)
および推奨される固定タグと共に一覧表示します。既定では MCR のライブの一覧を使用します。レジストリに
接続できない場合は、最後にライブで取得した一覧のキャッシュ、次に同梱のスナップショットを使用します
(その場合は stderr に注記が出力されます)。キャッシュの場所は %1 です。</translation>
    </message>
    <message>
        <source>Print JSON: source, url, fetchedAt, recommended, tags [{name, kind}], and more.</source>
        <translation>JSON を出力します: source、url、fetchedAt、recommended、tags [{name, kind}] など。</translation>
    </message>
    <message>
        <source>Also pin TAG by digest: ask the registry (of --tags-url, default MCR) for its manifest digest and print TAG@sha256:...</source>
        <translation>TAG をダイジェストでも固定します: レジストリ (--tags-url のもの。既定は MCR) にマニフェスト ダイジェストを問い合わせ、TAG@sha256:... を出力します。</translation>
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
        <translation>&apos;apim-gateway-migrator tags --help&apos; を実行してください。
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数 &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>--digest asks the registry; it cannot be combined with --offline.</source>
        <translation>--digest はレジストリに問い合わせるため、--offline と組み合わせることはできません。</translation>
    </message>
    <message>
        <source>--digest %1 is not a valid tag name.</source>
        <translation>--digest %1 は有効なタグ名ではありません。</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2).
</source>
        <translation>警告: タグ %1 はタグ一覧 (%2) にありません。
</translation>
    </message>
    <message>
        <source>--digest %1: %2</source>
        <translation>--digest %1: %2</translation>
    </message>
    <message>
        <source>source: %1
</source>
        <translation>取得元: %1
</translation>
    </message>
    <message>
        <source>proxy: %1
</source>
        <translation>プロキシ: %1
</translation>
    </message>
    <message>
        <source>digest: %1</source>
        <translation>ダイジェスト: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>registry Last-Modified: %1
</source>
        <translation>レジストリの Last-Modified: %1
</translation>
    </message>
    <message>
        <source>Check live that the endpoints the v2 gateway needs answer, layer by layer: DNS, TCP, TLS (certificate
details against the system&apos;s trust store plus --ca-file) and HTTP (any status means the endpoint
answers), through HTTPS_PROXY/NO_PROXY or the system proxy. The port defaults to 443. --from takes the
endpoints from deployment files: the v2 configuration host the migration writes.
Deadlines per layer: DNS 5 s, TCP 5 s per address, TLS 10 s, HTTP 30 s without data.
Exit codes: 0 all passed, 1 a check failed, 2 error.</source>
        <translation>v2 ゲートウェイが必要とするエンドポイントが応答するかを、レイヤーごとにライブでチェックします: DNS、TCP、
TLS (システムの信頼ストアと --ca-file に基づく証明書の詳細)、HTTP (どの状態コードでも応答ありとみなします)。
HTTPS_PROXY/NO_PROXY またはシステム プロキシを経由します。ポートの既定値は 443 です。--from は
デプロイ ファイルからエンドポイント (移行で書き込まれる v2 構成ホスト) を取得します。
レイヤーごとの期限: DNS 5 秒、TCP アドレスごとに 5 秒、TLS 10 秒、HTTP データなしで 30 秒。
終了コード: 0 すべて成功、1 いずれかのチェックが失敗、2 エラー。</translation>
    </message>
    <message>
        <source>An endpoint to check, e.g. contoso.configuration.azure-api.net.</source>
        <translation>チェックするエンドポイント (例: contoso.configuration.azure-api.net)。</translation>
    </message>
    <message>
        <source>Check the endpoints of the deployment files or folder PATH (repeatable).</source>
        <translation>デプロイ ファイルまたはフォルダー PATH のエンドポイントをチェックします (複数回指定可)。</translation>
    </message>
    <message>
        <source>Resolve through the DNS server IP (port 53) instead of the system resolver, e.g. for a private DNS zone.</source>
        <translation>システムのリゾルバーではなく、DNS サーバー IP (ポート 53) を使用して名前解決します (プライベート DNS ゾーンの場合など)。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (a TLS-inspecting proxy&apos;s or a private CA).</source>
        <translation>PEM 内の CA 証明書も信頼します (TLS 検査プロキシまたはプライベート CA の証明書)。</translation>
    </message>
    <message>
        <source>Give each layer at most SEC seconds (instead of 5, 5, 10 and 30).</source>
        <translation>各レイヤーの待機時間を最大 SEC 秒にします (既定は 5、5、10、30 秒)。</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}.</source>
        <translation>JSON を出力します: {&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}。</translation>
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
        <translation>&apos;apim-gateway-migrator check --help&apos; を実行してください。
</translation>
    </message>
    <message>
        <source>--dns-server %1: give the DNS server&apos;s IP address.</source>
        <translation>--dns-server %1: DNS サーバーの IP アドレスを指定してください。</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: error: %3
</source>
        <translation>%1:%2: エラー: %3
</translation>
    </message>
    <message>
        <source>note: not checked: %1
</source>
        <translation>注: チェック対象外: %1
</translation>
    </message>
    <message>
        <source>give at least one HOST[:PORT] or --from PATH.</source>
        <translation>HOST[:PORT] または --from PATH を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>no v2 configuration host to check in %1; name one as HOST.</source>
        <translation>%1 にチェック対象の v2 構成ホストがありません。HOST として指定してください。</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>ゲートウェイ ポッドから見える状態 (ファイルに基づく) と、このコンピューターから見える状態:
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
        <translation>使用法:
  apim-gateway-migrator [--demo] [PATH...]          ウィザードを開きます (PATH またはトレーニング用サンプルを事前に読み込み)
  apim-gateway-migrator migrate [options] PATH...   GUI を使用せずに v2 への移行を計画して適用します
  apim-gateway-migrator tags [--tags-file FILE | --tags-url URL | --offline] [--json] [--digest TAG]
                                                    イメージ タグを一覧表示します (ライブの MCR、キャッシュ、または同梱のスナップショット)
  apim-gateway-migrator check [--dns-server IP] [--ca-file PEM] [--timeout SEC] [--json] (HOST[:PORT] | --from PATH)...
                                                    v2 ゲートウェイが必要とするエンドポイントの DNS、TCP、TLS、HTTP をチェックします
  apim-gateway-migrator --version | --help
すべてのコマンドで --lang CODE を指定できます (de、fr、ja、zh_CN。既定: システムの言語)。

各コマンドのオプションについては、&apos;apim-gateway-migrator migrate --help&apos;、&apos;tags --help&apos;、または &apos;check --help&apos; を実行してください。
終了コード: 0 成功、1 未適用の変更または未解決の質問あり (--check)、またはチェックの失敗、2 エラー。
</translation>
    </message>
    <message>
        <source>Every command also accepts --verbose (-v): it logs each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.
</source>
        <translation>すべてのコマンドで --verbose (-v) も指定できます。各ステップ (読み込んだファイル、検出結果、編集、書き込み、ネットワーク要求) が stderr にログ出力されます。シークレットがログに記録されることはありません。
</translation>
    </message>
    <message>
        <source>Log each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.</source>
        <translation>各ステップ (読み込んだファイル、検出結果、編集、書き込み、ネットワーク要求) を stderr にログ出力します。シークレットがログに記録されることはありません。</translation>
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
        <translation>ウィザードでは --recipe FILE も指定できます: レシピ (migration-recipe.json) の決定内容から開始します (&apos;migrate --help&apos; を参照)。
</translation>
    </message>
    <message>
        <source>Start from the decisions of a recipe (migration-recipe.json).</source>
        <translation>レシピ (migration-recipe.json) の決定内容から開始します。</translation>
    </message>
    <message>
        <source>Fix the recipe, or start without --recipe.
</source>
        <translation>レシピを修正するか、--recipe なしで開始してください。
</translation>
    </message>
    <message>
        <source>%1: files %2, pending %3, errors %4
</source>
        <translation>%1: ファイル %2、保留中 %3、エラー %4
</translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension: .md, .html, .json or .sarif (SARIF 2.1.0 for code scanning). An existing file is never replaced; with --out or --in-place the report is written only after the files.</source>
        <translation>レポートを書き込みます。形式は拡張子によって決まります: .md、.html、.json、.sarif (コード スキャン用の SARIF 2.1.0)。既存のファイルが置き換えられることはありません。--out または --in-place を指定した場合、レポートはファイルの後に書き込まれます。</translation>
    </message>
    <message>
        <source>Apply the decisions of a recipe (tag, endpoint answers, skipped steps, changes left out); --tag, --endpoint and --skip override it.</source>
        <translation>レシピの決定内容 (タグ、エンドポイントの回答、スキップする手順、除外した変更) を適用します。--tag、--endpoint、--skip はレシピより優先されます。</translation>
    </message>
    <message>
        <source>Write the recipe of this run&apos;s decisions to FILE (never replaces a file).</source>
        <translation>この実行の決定内容のレシピを FILE に書き込みます (ファイルを置き換えることはありません)。</translation>
    </message>
    <message>
        <source>--endpoint %1 cannot be used: %2.</source>
        <translation>--endpoint %1 は使用できません: %2。</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html, .json or .sarif file name.</source>
        <translation>--report %1: .md、.html、.json、.sarif のいずれかのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>--report %1 already exists; choose another name (nothing was written).</source>
        <translation>--report %1 は既に存在します。別の名前を選択してください (何も書き込まれていません)。</translation>
    </message>
    <message>
        <source>--save-recipe %1 already exists; choose another name (nothing was written).</source>
        <translation>--save-recipe %1 は既に存在します。別の名前を選択してください (何も書き込まれていません)。</translation>
    </message>
    <message>
        <source>migrate: fix the recipe (or write a new one with --save-recipe), then run again; nothing was written.
</source>
        <translation>migrate: レシピを修正して (または --save-recipe で新しいレシピを書き込んで)、もう一度実行してください。何も書き込まれていません。
</translation>
    </message>
    <message>
        <source>--tag %1 is a v0/v1 gateway image (or no 2.x.y version); give a pinned 2.x.y tag such as %2.</source>
        <translation>--tag %1 は v0/v1 ゲートウェイ イメージです (または 2.x.y バージョンではありません)。%2 などの固定の 2.x.y タグを指定してください。</translation>
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
        <translation>%1: 手動で変更: %2
</translation>
    </message>
    <message>
        <source>%1: left out (%2): %3
</source>
        <translation>%1: 除外 (%2): %3
</translation>
    </message>
    <message>
        <source>wrote the report %1
</source>
        <translation>レポート %1 を書き込みました
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
        <translation>状態: %1
</translation>
    </message>
    <message>
        <source>--tags-file excludes --tags-url.</source>
        <translation>--tags-file と --tags-url は同時に指定できません。</translation>
    </message>
    <message>
        <source>warning: %1; the registry was asked %2. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported): fix it or unset it.
</source>
        <translation>警告: %1。レジストリには %2 問い合わせました。プロキシ URL は http://HOST:PORT または socks5h://HOST:PORT の形式です (https:// のプロキシ URL はサポートされていません)。修正するか、設定を解除してください。
</translation>
    </message>
    <message>
        <source>through %1 instead</source>
        <translation>代わりに %1 経由で</translation>
    </message>
    <message>
        <source>without a proxy</source>
        <translation>プロキシなしで</translation>
    </message>
    <message>
        <source>apim-gateway-migrator: the wizard cannot open: its module %1 could not be loaded: %2
The installation is incomplete; reinstall APIM Gateway Migrator. The commands migrate, tags and check do not need the module.
</source>
        <translation>apim-gateway-migrator: ウィザードを開けません。モジュール %1 を読み込めませんでした: %2
インストールが不完全です。APIM Gateway Migrator を再インストールしてください。migrate、tags、check コマンドにはこのモジュールは不要です。
</translation>
    </message>
    <message>
        <source>the network module %1 could not be loaded: %2. The installation is incomplete; reinstall APIM Gateway Migrator (--offline and --tags-file work without the module).</source>
        <translation>ネットワーク モジュール %1 を読み込めませんでした: %2。インストールが不完全です。APIM Gateway Migrator を再インストールしてください (--offline と --tags-file はこのモジュールなしで動作します)。</translation>
    </message>
</context>
<context>
    <name>agm::net</name>
    <message>
        <source>none (%1 matches %2)</source>
        <translation>なし (%1 が %2 に一致)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>system proxy %1</source>
        <translation>システム プロキシ %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; は絶対 URL ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; にホストがありません</translation>
    </message>
    <message>
        <source>%1: credentials in the URL are not supported</source>
        <translation>%1: URL 内の資格情報はサポートされていません</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https</source>
        <translation>%1: 暗号化されていない http はループバック ホスト (127.0.0.1、::1、localhost) でのみ許可されます。https を使用してください</translation>
    </message>
    <message>
        <source>%1: only https URLs are supported</source>
        <translation>%1: https の URL のみがサポートされています</translation>
    </message>
    <message>
        <source>refused to go from https to plain http (%1)</source>
        <translation>https から暗号化されていない http へのリダイレクトを拒否しました (%1)</translation>
    </message>
    <message>
        <source>no cached tag list for %1</source>
        <translation>%1 のキャッシュされたタグ一覧がありません</translation>
    </message>
    <message>
        <source>cannot read the cached tag list %1 (%2)</source>
        <translation>キャッシュされたタグ一覧 %1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>the cached tag list %1 is too large; delete it</source>
        <translation>キャッシュされたタグ一覧 %1 が大きすぎます。削除してください</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: %2</source>
        <translation>キャッシュされたタグ一覧 %1 が破損しています: %2</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: no valid &quot;fetchedAt&quot;</source>
        <translation>キャッシュされたタグ一覧 %1 が破損しています: 有効な &quot;fetchedAt&quot; がありません</translation>
    </message>
    <message>
        <source>cannot create the cache folder %1</source>
        <translation>キャッシュ フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>not found; check the registry URL and repository name</source>
        <translation>見つかりません。レジストリの URL とリポジトリ名を確認してください</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the registry failed; try again later</source>
        <translation>レジストリでエラーが発生しました。後でもう一度お試しください</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>live from %1, fetched %2</source>
        <translation>%1 からライブ取得 (取得日時: %2)</translation>
    </message>
    <message>
        <source>cache of %1, fetched %2 (%3 ago)</source>
        <translation>%1 のキャッシュ (取得日時: %2、%3 前)</translation>
    </message>
    <message>
        <source>bundled snapshot of %1</source>
        <translation>%1 時点の同梱スナップショット</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s (the deadline)</source>
        <translation>%1: 期限の %2 秒以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name</source>
        <translation>&apos;%1&apos; は有効なタグ名ではありません</translation>
    </message>
    <message>
        <source>%1 does not name a repository (expected https://HOST/v2/REPOSITORY/tags/list)</source>
        <translation>%1 はリポジトリを示していません (想定される形式: https://HOST/v2/REPOSITORY/tags/list)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>CA ファイル %1: 読み取れません (%2)</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>CA ファイル %1: PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>このビルドは TLS をサポートしていません</translation>
    </message>
    <message>
        <source>refused to send the registry token to another host (%1)</source>
        <translation>レジストリ トークンを別のホスト (%1) に送信することを拒否しました</translation>
    </message>
    <message>
        <source>%1: redirect refused: %2</source>
        <translation>%1: リダイレクトを拒否しました: %2</translation>
    </message>
    <message>
        <source>the registry has no manifest for tag %1</source>
        <translation>レジストリにタグ %1 のマニフェストがありません</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: no data for %2 s (inactivity timeout)</source>
        <translation>%1: %2 秒間データを受信していません (無通信タイムアウト)</translation>
    </message>
    <message>
        <source>%1: TLS certificate not accepted (%2). TLS is never bypassed; a private CA can be trusted explicitly with a CA file.</source>
        <translation>%1: TLS 証明書が受け入れられませんでした (%2)。TLS の検証が省略されることはありません。プライベート CA は、CA ファイルで明示的に信頼させることができます。</translation>
    </message>
    <message>
        <source>%1: %2 (through %3)</source>
        <translation>%1: %2 (%3 経由)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the token service refused an anonymous token (HTTP 401)</source>
        <translation>%1: トークン サービスが匿名トークンの発行を拒否しました (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: HTTP 401: the registry asks for %2 credentials; only anonymous access is supported</source>
        <translation>%1: HTTP 401: レジストリが資格情報 (%2) を要求しています。サポートされているのは匿名アクセスのみです</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>%1: HTTP 401 even with an anonymous token: the repository needs credentials</source>
        <translation>%1: 匿名トークンを使用しても HTTP 401 が返されました: リポジトリには資格情報が必要です</translation>
    </message>
    <message>
        <source>%1: token service refused: %2</source>
        <translation>%1: トークン サービスが拒否しました: %2</translation>
    </message>
    <message>
        <source>%1: the token service answered without a usable &quot;token&quot; or &quot;access_token&quot;</source>
        <translation>%1: トークン サービスの応答に、使用可能な &quot;token&quot; または &quot;access_token&quot; がありません</translation>
    </message>
    <message>
        <source>%1: HTTP 429 Too Many Requests: the registry is limiting requests</source>
        <translation>%1: HTTP 429 Too Many Requests: レジストリが要求数を制限しています</translation>
    </message>
    <message>
        <source>; it asks to retry after %1 s</source>
        <translation>。%1 秒後に再試行するよう求めています</translation>
    </message>
    <message>
        <source> (already retried once)</source>
        <translation> (既に 1 回再試行済み)</translation>
    </message>
    <message>
        <source> (longer than the deadline allows)</source>
        <translation> (待機時間が期限を超えるため再試行しません)</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>ページ %1 (%2): %3</translation>
    </message>
    <message>
        <source>page %1 (%2): more than %3 tags in all; refused</source>
        <translation>ページ %1 (%2): タグの総数が %3 個を超えるため、拒否しました</translation>
    </message>
    <message>
        <source>page %1 (%2): next-page link refused: %3</source>
        <translation>ページ %1 (%2): 次ページへのリンクを拒否しました: %3</translation>
    </message>
    <message>
        <source>page %1 (%2): the next-page link leads back to %3</source>
        <translation>ページ %1 (%2): 次ページへのリンクが %3 に戻っています</translation>
    </message>
    <message>
        <source>page %1 (%2): the list goes on beyond %3 pages; refused</source>
        <translation>ページ %1 (%2): 一覧が %3 ページを超えて続くため、拒否しました</translation>
    </message>
    <message>
        <source>%1: the registry sent no Docker-Content-Digest header</source>
        <translation>%1: レジストリから Docker-Content-Digest ヘッダーが送信されませんでした</translation>
    </message>
    <message>
        <source>%1: Docker-Content-Digest &apos;%2&apos; is not sha256: and 64 lowercase hex digits</source>
        <translation>%1: Docker-Content-Digest &apos;%2&apos; が sha256: と 64 桁の小文字の 16 進数の形式ではありません</translation>
    </message>
    <message>
        <source>; no cached copy yet</source>
        <translation>。キャッシュされたコピーはまだありません</translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation>読み取れません (%1)</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a tag list</source>
        <translation>%1 MB を超えています。タグ一覧ではありません</translation>
    </message>
    <message>
        <source>cannot write the tag cache: %1</source>
        <translation>タグ キャッシュを書き込めません: %1</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB; refused</source>
        <translation>応答が %1 MB を超えているため、拒否しました</translation>
    </message>
    <message>
        <source>the answer is compressed as &apos;%1&apos;, which this program cannot read; a proxy may have changed it: check the proxy&apos;s settings</source>
        <translation>応答は &apos;%1&apos; で圧縮されていますが、このプログラムでは読み取れません。プロキシによって変更された可能性があります: プロキシの設定を確認してください</translation>
    </message>
    <message>
        <source>the answer&apos;s %1 data is broken or cut short; try again, and if it persists check the proxy or the registry</source>
        <translation>応答の %1 データが壊れているか、途中で切れています。もう一度試し、解決しない場合はプロキシまたはレジストリを確認してください</translation>
    </message>
    <message>
        <source>%1 (%2) ignored: not an http://, socks5:// or socks5h:// proxy URL</source>
        <translation>%1 (%2) は無視されました: http://、socks5://、socks5h:// のいずれのプロキシ URL でもありません</translation>
    </message>
    <message>
        <source>too many redirects (loop) at %1; check the tag list URL, or ask the registry&apos;s operator to fix its redirects</source>
        <translation>%1 でリダイレクトが多すぎます (ループ)。タグ一覧の URL を確認するか、レジストリの運営者にリダイレクトの修正を依頼してください</translation>
    </message>
    <message>
        <source>%1: redirect to a non-HTTP(S) URL refused (%2); check the tag list URL: it must lead to an https registry</source>
        <translation>%1: HTTP(S) 以外の URL へのリダイレクトを拒否しました (%2)。タグ一覧の URL を確認してください: https のレジストリを指している必要があります</translation>
    </message>
</context>
<context>
    <name>agm::net::Checks</name>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>CA ファイル %1: 読み取れません (%2)</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>CA ファイル %1: PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>firewall on 443: %1Allow outbound TCP 443 from the gateway&apos;s network to this host (the v2 gateway needs it for its configuration, heartbeat and telemetry); behind a proxy, set HTTPS_PROXY.</source>
        <translation>ポート 443 のファイアウォール: %1ゲートウェイのネットワークからこのホストへの送信 TCP 443 を許可してください (v2 ゲートウェイは、構成、ハートビート、テレメトリにこれを必要とします)。プロキシを経由する場合は、HTTPS_PROXY を設定してください。</translation>
    </message>
    <message>
        <source>custom domain: the certificate must name the host the gateway connects to. If the configuration endpoint has a custom hostname, use exactly that name (and a certificate that covers it, gateway 2.3.0 or later).</source>
        <translation>カスタム ドメイン: 証明書には、ゲートウェイの接続先ホストの名前が含まれている必要があります。構成エンドポイントにカスタム ホスト名がある場合は、その名前を正確に使用してください (その名前を対象とする証明書と、ゲートウェイ 2.3.0 以降が必要です)。</translation>
    </message>
    <message>
        <source>proxy: check HTTPS_PROXY and NO_PROXY (here and in the gateway&apos;s environment), the proxy&apos;s address and credentials, and that it allows CONNECT to this host on 443.</source>
        <translation>プロキシ: HTTPS_PROXY と NO_PROXY (このコンピューターとゲートウェイの環境の両方)、プロキシのアドレスと資格情報、およびプロキシがポート 443 でこのホストへの CONNECT を許可していることを確認してください。</translation>
    </message>
    <message>
        <source>DNS server %1: not an IP address</source>
        <translation>DNS サーバー %1: IP アドレスではありません</translation>
    </message>
    <message>
        <source>the chosen proxy %1:%2</source>
        <translation>選択されたプロキシ %1:%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%2 秒以内に %1 から応答がありません</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete within %1 s</source>
        <translation>TLS ハンドシェイクが %1 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <source>the port accepts connections but TLS never completes: a firewall or proxy may be holding the connection, or this port does not speak TLS. %1</source>
        <translation>ポートは接続を受け付けますが、TLS が完了しません: ファイアウォールまたはプロキシが接続を保留しているか、このポートが TLS に対応していない可能性があります。%1</translation>
    </message>
    <message>
        <source>no HTTP answer: nothing received for %1 s</source>
        <translation>HTTP 応答がありません: %1 秒間何も受信していません</translation>
    </message>
    <message>
        <source>none (an IP address)</source>
        <translation>なし (IP アドレス)</translation>
    </message>
    <message>
        <source>host table</source>
        <translation>ホスト テーブル</translation>
    </message>
    <message>
        <source>the host table maps %1 to &apos;%2&apos;, which is no IP address</source>
        <translation>ホスト テーブルで %1 が &apos;%2&apos; にマップされていますが、これは IP アドレスではありません</translation>
    </message>
    <message>
        <source>an IP address: nothing to resolve</source>
        <translation>IP アドレスです: 解決する必要はありません</translation>
    </message>
    <message>
        <source>from the host table (like hostAliases): %1</source>
        <translation>ホスト テーブルから (hostAliases と同様): %1</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>not resolved here: the proxy resolves %1</source>
        <translation>ここでは解決しません: %1 はプロキシが解決します</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>DNS サーバー %1</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>システム リゾルバー</translation>
    </message>
    <message>
        <source>%1 does not resolve (system resolver: %2)</source>
        <translation>%1 を解決できません (システム リゾルバー: %2)</translation>
    </message>
    <message>
        <source>lookup failed (system resolver: %1)</source>
        <translation>参照に失敗しました (システム リゾルバー: %1)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN from %2)</source>
        <translation>%1 は存在しません (%2 からの NXDOMAIN)</translation>
    </message>
    <message>
        <source>no A or AAAA record, or no usable answer at all</source>
        <translation>A レコードも AAAA レコードもないか、使用可能な応答がまったくありません</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 addresses: %2 (%3)</source>
        <translation>%1 個のアドレス: %2 (%3)</translation>
    </message>
    <message>
        <source>CNAME chain: %1</source>
        <translation>CNAME チェーン: %1</translation>
    </message>
    <message>
        <source>private addresses: %1</source>
        <translation>プライベート アドレス: %1</translation>
    </message>
    <message>
        <source>; resolves to a private address (%1)</source>
        <translation>。プライベート アドレス (%1) に解決されます</translation>
    </message>
    <message>
        <source>private endpoint: the address is reachable only from networks connected to the API Management virtual network (peering, VPN, ExpressRoute). Make sure the gateway&apos;s network routes there; from elsewhere the public name needs a public record or a custom domain.</source>
        <translation>プライベート エンドポイント: このアドレスには、API Management の仮想ネットワークに接続されたネットワーク (ピアリング、VPN、ExpressRoute) からのみ到達できます。ゲートウェイのネットワークからそこへルーティングされることを確認してください。それ以外の場所から接続するには、パブリック名にパブリック レコードまたはカスタム ドメインが必要です。</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>接続先のアドレスがありません</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>nothing listens on port %1 there, or a firewall rejects the connection</source>
        <translation>接続先でポート %1 をリッスンしているものがないか、ファイアウォールが接続を拒否しています</translation>
    </message>
    <message>
        <source>no answer: a firewall may drop the connection</source>
        <translation>応答がありません: ファイアウォールが接続を破棄している可能性があります</translation>
    </message>
    <message>
        <source>%1:%2 through the proxy</source>
        <translation>%1:%2 (プロキシ経由)</translation>
    </message>
    <message>
        <source>tunnel to %1:%2 through %3 in %4 ms</source>
        <translation>%3 経由で %1:%2 へのトンネルを確立 (%4 ms)</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>%1 に接続 (%2 ms)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>network unreachable (%1)</source>
        <translation>ネットワークに到達できません (%1)</translation>
    </message>
    <message>
        <source>the connection broke before an HTTP answer: %1</source>
        <translation>HTTP 応答の前に接続が切断されました: %1</translation>
    </message>
    <message>
        <source>no tunnel through %1 within %2 s</source>
        <translation>%2 秒以内に %1 経由のトンネルを確立できませんでした</translation>
    </message>
    <message>
        <source>the proxy (%1) cannot be reached: %2</source>
        <translation>プロキシ (%1) に到達できません: %2</translation>
    </message>
    <message>
        <source>the proxy (%1) refused the credentials (HTTP 407)</source>
        <translation>プロキシ (%1) が資格情報を拒否しました (HTTP 407)</translation>
    </message>
    <message>
        <source>the proxy (%1) asks for credentials (HTTP 407); put them in the proxy URL</source>
        <translation>プロキシ (%1) が資格情報を要求しています (HTTP 407)。プロキシ URL に資格情報を含めてください</translation>
    </message>
    <message>
        <source>the proxy (%1) does not answer</source>
        <translation>プロキシ (%1) が応答しません</translation>
    </message>
    <message>
        <source>the proxy (%1) did not open a tunnel to %2:%3: %4</source>
        <translation>プロキシ (%1) が %2:%3 へのトンネルを開きませんでした: %4</translation>
    </message>
    <message>
        <source>this build has no TLS support (%1)</source>
        <translation>このビルドは TLS をサポートしていません (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>names: %1 (%2)</source>
        <translation>名前: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 と一致</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>%1 と一致しません</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>valid until %1 (%2 days left)</source>
        <translation>有効期限 %1 (残り %2 日)</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>チェーン: %1</translation>
    </message>
    <message>
        <source>trusted through the CA file %1</source>
        <translation>CA ファイル %1 により信頼済み</translation>
    </message>
    <message>
        <source>%1, certificate for %2 from %3, valid for %4 more days</source>
        <translation>%1、%3 が発行した %2 の証明書、残りの有効期間 %4 日</translation>
    </message>
    <message>
        <source>issued by %1, not by Microsoft&apos;s CA: likely TLS-inspecting proxy. This computer trusts it; the gateway pod may not</source>
        <translation>Microsoft の CA ではなく %1 によって発行されています: TLS 検査プロキシの可能性があります。このコンピューターはこの証明書を信頼していますが、ゲートウェイ ポッドは信頼していない可能性があります</translation>
    </message>
    <message>
        <source>; expires soon (%1)</source>
        <translation>。まもなく期限切れになります (%1)</translation>
    </message>
    <message>
        <source>the certificate expired on %1 (%2 days ago)</source>
        <translation>証明書は %1 に期限切れになりました (%2 日前)</translation>
    </message>
    <message>
        <source>expired certificate: renew it if this is your custom domain&apos;s certificate; a TLS-inspecting proxy with an expired certificate looks the same. %1</source>
        <translation>期限切れの証明書: カスタム ドメインの証明書であれば更新してください。期限切れの証明書を使用している TLS 検査プロキシも同じように見えます。%1</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1 (check this computer&apos;s clock)</source>
        <translation>証明書は %1 より前には有効ではありません (このコンピューターの時計を確認してください)</translation>
    </message>
    <message>
        <source>SAN mismatch: the certificate names %1, not %2</source>
        <translation>SAN の不一致: 証明書に記載されている名前は %1 で、%2 ではありません</translation>
    </message>
    <message>
        <source>the chain ends in an unknown or private root (%1): likely TLS-inspecting proxy</source>
        <translation>チェーンが不明またはプライベートなルート (%1) で終わっています: TLS 検査プロキシの可能性があります</translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation>検証: %1</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>TLS ハンドシェイク中にサーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>something between this computer and the host (a proxy or firewall) may block TLS to it, or the port does not speak TLS. %1</source>
        <translation>このコンピューターとホストの間にあるもの (プロキシまたはファイアウォール) がホストへの TLS をブロックしているか、ポートが TLS に対応していない可能性があります。%1</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>応答が HTTP ではありません</translation>
    </message>
    <message>
        <source>the answer is not HTTP: %1</source>
        <translation>応答が HTTP ではありません: %1</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (%1 経由)</translation>
    </message>
    <message>
        <source>%1: something in between answers, but not the service%2</source>
        <translation>%1: 途中にある何かが応答していますが、サービスではありません%2</translation>
    </message>
    <message>
        <source>a proxy or Application Gateway in front of the endpoint could not reach it; check its backend. %1</source>
        <translation>エンドポイントの前にあるプロキシまたは Application Gateway がエンドポイントに到達できませんでした。そのバックエンドを確認してください。%1</translation>
    </message>
    <message>
        <source>%1: the endpoint answers%2</source>
        <translation>%1: エンドポイントが応答しています%2</translation>
    </message>
    <message>
        <source>the connection closed without an HTTP answer</source>
        <translation>HTTP 応答がないまま接続が閉じられました</translation>
    </message>
    <message>
        <source>the DNS server field</source>
        <translation>[DNS サーバー] フィールド</translation>
    </message>
    <message>
        <source>the CA file field</source>
        <translation>[CA ファイル] フィールド</translation>
    </message>
    <message>
        <source>private DNS zone: if the API Management instance is in an internal virtual network, its configuration host resolves only through the private DNS zone linked to that network. Check with %1 set to a resolver of that zone, or give the gateway a hostAliases entry; a custom domain needs its own DNS record.</source>
        <translation>プライベート DNS ゾーン: API Management インスタンスが内部仮想ネットワーク内にある場合、その構成ホストは、そのネットワークにリンクされたプライベート DNS ゾーンでのみ解決されます。%1 にそのゾーンのリゾルバーを設定してチェックするか、ゲートウェイに hostAliases エントリを指定してください。カスタム ドメインには専用の DNS レコードが必要です。</translation>
    </message>
    <message>
        <source>custom CA: if your network inspects TLS, get the proxy&apos;s root certificate from your network team, check again with %1, and give the gateway pod the same CA (certificates.local.ca); otherwise ask why a proxy answers for this host.</source>
        <translation>カスタム CA: ネットワークで TLS が検査されている場合は、ネットワーク チームからプロキシのルート証明書を入手し、%1 でもう一度チェックして、ゲートウェイ ポッドにも同じ CA (certificates.local.ca) を指定してください。そうでない場合は、このホストに対してプロキシが応答する理由を確認してください。</translation>
    </message>
    <message>
        <source>DNS: the resolver does not answer. Check the DNS server (%1) and that this computer can reach it; a private DNS zone&apos;s resolver is often reachable only from inside the network.</source>
        <translation>DNS: リゾルバーが応答しません。DNS サーバー (%1) と、このコンピューターからそのサーバーに到達できることを確認してください。プライベート DNS ゾーンのリゾルバーには、多くの場合ネットワーク内からしか到達できません。</translation>
    </message>
    <message>
        <source>checked through %1 instead</source>
        <translation>代わりに %1 経由でチェックしました</translation>
    </message>
    <message>
        <source>checked without a proxy</source>
        <translation>プロキシなしでチェックしました</translation>
    </message>
    <message>
        <source>proxy: fix %1 or unset it. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported); check the gateway&apos;s own environment too.</source>
        <translation>プロキシ: %1 を修正するか、設定を解除してください。プロキシ URL は http://HOST:PORT または socks5h://HOST:PORT の形式です (https:// のプロキシ URL はサポートされていません)。ゲートウェイ自身の環境も確認してください。</translation>
    </message>
</context>
</TS>
