<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>agm::Core</name>
    <message>
        <source>Not a deployment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kustomize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 for the reports; the migrated files are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 (%2); the migrated files are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 resources (through aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the training set to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist; check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed: %2. Nothing was written there; free some space or pick another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty output folder (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its permissions (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2. Nothing was written; free some space or pick another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new %1 into place; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; run the migration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; the limit is %2 MiB. Split it, or migrate only the gateway&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-32 is not supported; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-16 at code unit %1; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); this looks like a binary file or another encoding. Convert it to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes, so it is binary, not a deployment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it (%1); check that it exists and that you may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;tags&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;tags&quot; member is missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags[%1] is not a string (nor an object with a &quot;name&quot; string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags[%1] is not a valid tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses more than %1 aliases (a possible alias bomb)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::DiffModel</name>
    <message numerus="yes">
        <source>%n unchanged line(s) folded; press Enter to show them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No line here; the migrated text adds a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line here; the migration removes a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, changed from: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, changed to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::DiffOverview</name>
    <message>
        <source>Where the changes are in the whole file; click to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red marks are removed or rewritten lines, green marks added lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::DiffPane</name>
    <message>
        <source>no newline at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2, click or press Enter to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Original Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Migrated Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::EndpointPage</name>
    <message>
        <source>Step 2: switch to the Configuration API v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each configuration endpoint is listed with its v2 value. Double-click (or press F2 on) the New column to change it; rows marked “needs your answer” cannot be derived and need the v2 host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) still need the v2 host: type it in the New column, or untick the row to leave it unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every endpoint has its v2 value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::ExportPage</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Choose where the migrated files go; existing files are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write migrated copies to a &amp;new folder (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the files &amp;in place, keeping a .bak copy of each original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists: choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewritten; original kept as .bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in that folder. Nothing is overwritten: choose an empty or new folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the changed files in place? Each original is kept next to it as a .bak file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::Finding</name>
    <message>
        <source>Cannot load the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YAML: %1. Fix the file (kubectl would reject it too); the other files are still migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not parsed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Helm template ({{ }}), not a values file or a rendered manifest; it is left as it is. Migrate the chart&apos;s values, or render it with &apos;helm template&apos; and import the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in one mapping; Kubernetes keeps only the last one. Remove the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a v0/v1 gateway; v0/v1 images are unsupported since 1 October 2023. Pin a 2.x.y tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; floats: it can point to another version at any time (&apos;latest&apos; moved from v1 to v2 in March 2022 and broke gateways). Pin an exact 2.x.y tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; rolls to every new 2.x release, so replicas can run different versions after a scale-out. Pin an exact 2.x.y tag for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a preview; previews are not supported in production. Pin a released 2.x.y tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is pinned by digest only, so its version cannot be read. It is replaced by the chosen tag; pin the new tag by digest again if your policy needs digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no tag, which means &apos;latest&apos; (a floating tag). Pin an exact 2.x.y tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is not one of the documented tag conventions. Pin an exact 2.x.y tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is already pinned to %1; it is left as it is. Newer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image.tag is not set, so the chart&apos;s appVersion decides the image (chart 1.x ships 2.x images). Set image.tag to pin a version independently of the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Configuration API v1 URL (retired on 1 October 2023). The v2 endpoint of service &apos;%1&apos; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This v1 URL uses the custom management host &apos;%1&apos;, so the v2 configuration host of service &apos;%2&apos; cannot be derived. Enter it (for example %2.configuration.azure-api.net, or your custom configuration host); on the command line use --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a placeholder. Enter the v2 configuration host (&lt;service&gt;.configuration.azure-api.net); on the command line use --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a management host without the v1 path, which no gateway version accepts. The v2 host is probably %2; confirm it (on the command line use --endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a custom host; it is left as it is. Custom configuration hosts need gateway 2.3.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway container has no securityContext. v2 runs as user 1001 and writes CA certificates at start-up, so it needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a YAML alias; its anchor may be shared with other containers, so it is not edited. Give the gateway its own securityContext with runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but the v2 gateway needs %3 (it runs as user 1001 and writes CA certificates at start-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The securityContext lacks %1; the v2 gateway needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway service runs as &apos;%1&apos;; v2 runs as user 1001. Set user: &quot;1001&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_only: true is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway container runs as &apos;%1&apos;; v2 runs as user 1001. Use --user 1001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-only is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kustomization sets the gateway image; make sure the Deployment it patches has the v2 securityContext (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Import the base manifests too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe uses the v1 health path %1; v2 answers on /status-0123456789abcdef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities.drop lists &apos;%1&apos;; Pod Security Admission (restricted) accepts only upper-case ALL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostAliases pins the management host &apos;%1&apos;. v2 talks to the configuration host instead: add an entry for it (for example %2) with the address of your private endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration backup volume is mounted at /apim/config, but the pod has no fsGroup: 1001. The gateway (user 1001) cannot write its backup; set securityContext.fsGroup: 1001 on the pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GatewayKey token expired on %1. Generate a new token in the Azure portal (Gateways &gt; Deployment) before deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GatewayKey token expires on %1. Plan a token rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are values of the 0.x chart (&apos;%1&apos;), whose default image is v1. Chart 1.x renamed them: gateway.endpoint became gateway.configuration.uri and gateway.authKey became gateway.auth.key; rename them when you upgrade the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::FindingList</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one change or piece of advice. Space switches a change on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the v2 configuration host here, for example contoso.configuration.azure-api.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::ImagePage</name>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy v0/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling tags move to every new 2.x release; replicas can end up on different versions. Pin an exact version for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview images are not supported in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating tags like &apos;latest&apos; can jump to another major version without notice (&apos;latest&apos; moved from v1 to v2 in 2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a v0/v1 image: it no longer receives configuration. Choose a 2.x.y tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not one of the documented tag conventions; check that the tag exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: pin the container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway image found in your files is listed. Choose the 2.x.y tag they should all run; the registry host of each reference is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or type a tag, e.g. 2.11.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the current tag list from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin by digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the registry for the digest of the chosen tag and write tag@sha256:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinning by digest failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the tag list from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the registry for the digest of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the tag list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::ImportPage</name>
    <message>
        <source>Import deployment files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. Kubernetes YAML, Helm values, Kustomize, compose, env files and docker run scripts are recognised by their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deployment files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment files (*.yaml *.yml *.env *.conf *.sh *.ps1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each imported file with its format and what was found; problems are listed under the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the files read so far are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no gateway found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with a gateway deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add the files that deploy the gateway to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::MigrationWizard</name>
    <message>
        <source>APIM Gateway Migrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::Report</name>
    <message>
        <source>needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted gateway migration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Tool: apim-gateway-migrator %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Target image tag: `%1` (tag list: %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Files: %1, edits: %2, open questions: %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## `%1`

%2, %3, %4 line endings. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edit(s).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Line | Step | Status | Where | Change | Why |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Tool: apim-gateway-migrator %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Target image tag: &lt;code&gt;%1&lt;/code&gt; (tag list: %2)&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Files: %1, edits: %2, open questions: %3&lt;/li&gt;&lt;/ul&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2, %3, %4 line endings. %5&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;Step&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;th&gt;Change&lt;/th&gt;&lt;th&gt;Why&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::ReviewPage</name>
    <message>
        <source>Review every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a file to see its changes side by side. Untick a change to leave it out; the diff follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side-by-side diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows tokens and keys in the diff. They stay masked in reports and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show gateway tokens and keys in the diff? Anyone who can see your screen will see them. Reports and exported files keep them masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::SecurityPage</name>
    <message>
        <source>Step 3: add the security context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v2 gateway runs as user 1001 and writes CA certificates at start-up, so each gateway container needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false. Other fields are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security context changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice rows (probe path, capabilities, hostAliases, backups, tokens) come from the production guidance; switch any change off that you do not want.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::SideBySideDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold Unchanged Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold long runs of unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fold runs of unchanged lines, keeping %n line(s) of context around each change</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size; Ctrl+0 resets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll both texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so files are shown without token colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so %1 is shown without token colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token colours by KSyntaxHighlighting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 has no syntax definition for %2, so it is shown without token colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB, so it is shown without %2 colours (KSyntaxHighlighting %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colours by KSyntaxHighlighting %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Originals kept as:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the report lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Next, after a new gateway token if yours has expired:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;code&gt;helm upgrade &amp;lt;release&amp;gt; azure-apim-gateway/azure-api-management-gateway -f &amp;lt;values.yaml&amp;gt;&lt;/code&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;code&gt;docker compose up -d&lt;/code&gt; in the folder of the compose file&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;run the updated docker run script (remove the old container first)&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;check the gateway&apos;s status in the Azure portal (Gateways &amp;gt; your gateway)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::WelcomePage</name>
    <message>
        <source>Move your self-hosted gateway to v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Azure API Management retired the v0 and v1 self-hosted gateway images and the Configuration API v1 on &lt;b&gt;1 October 2023&lt;/b&gt;. Gateways still on them stop receiving configuration. This wizard reads the files you deploy the gateway with and makes the three changes v2 needs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Image&lt;/b&gt;: pin an exact 2.x.y tag from the Microsoft Container Registry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint&lt;/b&gt;: point &lt;code&gt;config.service.endpoint&lt;/code&gt; at &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Security context&lt;/b&gt;: run as user 1001 with a writable root file system.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only the bytes these changes need are touched: comments, quotes, indentation and line endings stay as they are. You review every change side by side before anything is written, your originals are never modified unless you ask for it, and tokens stay masked.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;migration guide&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;retirement notice&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;production guidance&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads a training set: a Contoso gateway deployed with Kubernetes YAML, Docker, Helm and compose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training set could not be prepared in a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo loads a Contoso gateway deployed four ways (Kubernetes, Docker, Helm, compose). Or press Next to import your own files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::app</name>
    <message>
        <source>Usage:
  apim-gateway-migrator [--demo] [PATH...]          open the wizard (preloaded with PATHs or the training set)
  apim-gateway-migrator migrate [options] PATH...   plan and apply the v2 migration without a GUI
  apim-gateway-migrator tags [--tags-file FILE | --tags-url URL | --offline] [--json] [--digest TAG]
                                                    list the image tags (live MCR, cache or bundled snapshot)
  apim-gateway-migrator --version | --help

Run &apos;apim-gateway-migrator migrate --help&apos; or &apos;apim-gateway-migrator tags --help&apos; for their options.
Exit codes: 0 success, 1 changes pending or questions open (--check), 2 error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apim-gateway-migrator: unknown command &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report %1: cannot write it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and apply the self-hosted gateway v2 migration without a GUI.
Without --out, --in-place or --check it prints the unified diff (secrets masked) and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target image tag (default: the recommended pinned 2.x.y of the tag list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2 configuration host where it cannot be derived (custom domain, placeholder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write migrated copies under DIR, mirroring the inputs&apos; layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the inputs, keeping .bak copies of the originals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension: .md, .html or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip a step: image, endpoint, security or extras (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change nothing; exit 1 if anything still needs migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan as JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;apim-gateway-migrator migrate --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out, --in-place and --check exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json prints the plan instead of writing; use --report FILE.json with --out or --in-place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip %1: use image, endpoint, security or extras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint %1 is not a host name; give it like contoso.configuration.azure-api.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html or .json file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag list (%1) has no pinned 2.x.y tag; give one with --tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag %1 is not a valid image tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2); check that it exists.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is not a pinned 2.x.y tag; production deployments should pin one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: question: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the original as %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tags-file excludes --tags-url and --offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tags-url: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout %1: give the seconds to wait, more than 0 and at most 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tag list (MCR tags/list JSON, or the JSON of &apos;tags --json&apos;) from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag list URL of a registry that mirrors the image (default: MCR). https only; plain http only for loopback hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network: the cached tag list (of --tags-url, default MCR), then the bundled snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (for a private registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only, never HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on the registry after SEC seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tags-file %1: %2. Expected the JSON of GET /v2/azure-api-management/gateway/tags/list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the live tag list failed: %1; using the %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: offline: %1; using the %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the image tags of azure-api-management/gateway with their kind (pinned, preview, rolling, floating,
legacy, other) and the recommended pinned tag. By default the live MCR list; when the registry cannot be
reached, the cached list of the last live fetch, then the bundled snapshot (a note on stderr says so).
The cache lives in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: source, url, fetchedAt, recommended, tags [{name, kind}], and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also pin TAG by digest: ask the registry (of --tags-url, default MCR) for its manifest digest and print TAG@sha256:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;apim-gateway-migrator tags --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest asks the registry; it cannot be combined with --offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest %1 is not a valid tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry Last-Modified: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agm::net</name>
    <message>
        <source>none (%1 matches %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored: not an http:// or socks5:// proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credentials in the URL are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only https URLs are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused to go from https to plain http (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached tag list for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cached tag list %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached tag list %1 is too large; delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: no valid &quot;fetchedAt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the cache folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the tag cache %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
