<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>agm</name>
    <message>
        <source>change it by hand: %1</source>
        <translation>von Hand ändern: %1</translation>
    </message>
    <message>
        <source>needs your answer: %1</source>
        <translation>benötigt Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>its step was skipped</source>
        <translation>sein Schritt wurde übersprungen</translation>
    </message>
    <message>
        <source>switched off by the operator</source>
        <translation>vom Bediener ausgeschaltet</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>auf der v1-URL belassen: Dieses Gateway erhält keine Konfiguration</translation>
    </message>
    <message>
        <source>this kind of file</source>
        <translation>diese Art von Datei</translation>
    </message>
    <message>
        <source> at line %1:%2</source>
        <translation> in Zeile %1:%2</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> in Zeile %1</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>migriert</translation>
    </message>
    <message>
        <source>already on v2</source>
        <translation>bereits auf v2</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>wartet auf eine Antwort</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not about the gateway</source>
        <translation>betrifft nicht das Gateway</translation>
    </message>
    <message>
        <source>to change by hand</source>
        <translation>von Hand zu ändern</translation>
    </message>
    <message>
        <source>same file as another input</source>
        <translation>dieselbe Datei wie eine andere Eingabe</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>it contains a path; give the host only, like contoso.configuration.azure-api.net</source>
        <translation>der Wert enthält einen Pfad; geben Sie nur den Host an, z. B. contoso.configuration.azure-api.net</translation>
    </message>
    <message>
        <source>it is not a host name (letters, digits, hyphens and dots, optionally :port)</source>
        <translation>der Wert ist kein Hostname (Buchstaben, Ziffern, Bindestriche und Punkte, optional :Port)</translation>
    </message>
    <message>
        <source>it is the v1 management host, from which a v2 gateway gets no configuration; the v2 host is probably %1</source>
        <translation>der Wert ist der v1-Verwaltungshost, von dem ein v2-Gateway keine Konfiguration erhält; der v2-Host ist vermutlich %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; the keys there are %3. Remove it, or use a version of the tool that knows it</source>
        <translation>%2 enthält den unbekannten Schlüssel „%1“; die dortigen Schlüssel sind %3. Entfernen Sie ihn, oder verwenden Sie eine Version des Tools, die ihn kennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>a recipe is a JSON object starting with {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2}</source>
        <translation>ein Rezept ist ein JSON-Objekt, das mit {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2} beginnt</translation>
    </message>
    <message>
        <source>this is not a migration recipe: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>dies ist kein Migrationsrezept: &quot;format&quot; muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>recipe version %1 is not supported (this version of the tool reads version %2); use the tool that wrote it, or write the recipe again</source>
        <translation>Rezeptversion %1 wird nicht unterstützt (diese Version des Tools liest Version %2); verwenden Sie das Tool, das es geschrieben hat, oder schreiben Sie das Rezept neu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>the recipe</source>
        <translation>das Rezept</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag; write a pinned 2.x.y tag, optionally with @sha256:&lt;digest&gt;</source>
        <translation>„%1“ ist kein gültiges Image-Tag; geben Sie ein festes 2.x.y-Tag an, optional mit @sha256:&lt;digest&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a v0/v1 gateway image (or no 2.x.y version); write a pinned 2.x.y tag</source>
        <translation>„%1“ ist ein v0/v1-Gateway-Image (oder keine 2.x.y-Version); geben Sie ein festes 2.x.y-Tag an</translation>
    </message>
    <message>
        <source>&quot;endpoint&quot; cannot be used: %1</source>
        <translation>&quot;endpoint&quot; kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>each entry of &quot;endpoints&quot; must be an object with &quot;service&quot;, &quot;managementHost&quot; and &quot;host&quot;</source>
        <translation>jeder Eintrag von &quot;endpoints&quot; muss ein Objekt mit &quot;service&quot;, &quot;managementHost&quot; und &quot;host&quot; sein</translation>
    </message>
    <message>
        <source>an entry of &quot;endpoints&quot;</source>
        <translation>ein Eintrag von &quot;endpoints&quot;</translation>
    </message>
    <message>
        <source>&quot;host&quot; cannot be used: %1</source>
        <translation>&quot;host&quot; kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>a skipped step is &quot;image&quot;, &quot;endpoint&quot;, &quot;security&quot; or &quot;extras&quot;</source>
        <translation>ein übersprungener Schritt ist &quot;image&quot;, &quot;endpoint&quot;, &quot;security&quot; oder &quot;extras&quot;</translation>
    </message>
    <message>
        <source>each entry of &quot;leftOut&quot; must be an object with &quot;rule&quot; and &quot;resource&quot; (and optionally &quot;field&quot;)</source>
        <translation>jeder Eintrag von &quot;leftOut&quot; muss ein Objekt mit &quot;rule&quot; und &quot;resource&quot; (und optional &quot;field&quot;) sein</translation>
    </message>
    <message>
        <source>an entry of &quot;leftOut&quot;</source>
        <translation>ein Eintrag von &quot;leftOut&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no rule of this tool (the codes are those of migrate --json)</source>
        <translation>„%1“ ist keine Regel dieses Tools (die Codes sind die von migrate --json)</translation>
    </message>
    <message>
        <source>cannot read the recipe: %1</source>
        <translation>das Rezept kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this is no recipe: it is larger than 1 MiB</source>
        <translation>dies ist kein Rezept: es ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>the tag %1 is not used: --tag overrides it</source>
        <translation>das Tag %1 wird nicht verwendet: --tag setzt es außer Kraft</translation>
    </message>
    <message>
        <source>the tag %1 is not in the tag list; check that it exists</source>
        <translation>das Tag %1 steht nicht in der Tagliste; prüfen Sie, ob es existiert</translation>
    </message>
    <message>
        <source>the skipped steps are not used: --skip overrides them</source>
        <translation>die übersprungenen Schritte werden nicht verwendet: --skip setzt sie außer Kraft</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: --endpoint overrides it</source>
        <translation>die Endpunktantwort %1 wird nicht verwendet: --endpoint setzt sie außer Kraft</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: no endpoint in the files needs it</source>
        <translation>die Endpunktantwort %1 wird nicht verwendet: kein Endpunkt in den Dateien benötigt sie</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: --endpoint overrides it</source>
        <translation>die Antwort für den Dienst %1 (%2) wird nicht verwendet: --endpoint setzt sie außer Kraft</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: no endpoint in the files names that service</source>
        <translation>die Antwort für den Dienst %1 (%2) wird nicht verwendet: kein Endpunkt in den Dateien nennt diesen Dienst</translation>
    </message>
    <message>
        <source>the change left out (%1 on %2) matches nothing in the files</source>
        <translation>die ausgelassene Änderung (%1 an %2) trifft auf nichts in den Dateien zu</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <source>No fix is given: the edit touches a secret, which this report never shows. Apply it with migrate --out or --in-place.</source>
        <translation>Keine Korrektur angegeben: Die Bearbeitung betrifft ein Geheimnis, das dieser Bericht nie anzeigt. Wenden Sie sie mit migrate --out oder --in-place an.</translation>
    </message>
    <message>
        <source>Apply the migration&apos;s edit.</source>
        <translation>Die Bearbeitung der Migration anwenden.</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>%1 schreiben.</translation>
    </message>
    <message>
        <source>One result per finding still to do in the files as they were read: a change the tool can make (with its fix), an answer it needs or a change by hand.</source>
        <translation>Ein Ergebnis pro noch offenem Befund in den Dateien, wie sie gelesen wurden: eine Änderung, die das Tool vornehmen kann (mit Korrektur), eine benötigte Antwort oder eine Änderung von Hand.</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
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
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>yaml-cpp %1</source>
        <translation>yaml-cpp %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting: not available in this build, so YAML is shown without token colours (build with Qt 5 + KF5, or with KF6 SyntaxHighlighting installed, to get them)</source>
        <translation>KSyntaxHighlighting: in diesem Build nicht verfügbar, daher wird YAML ohne Syntaxhervorhebung angezeigt (für die Hervorhebung mit Qt 5 + KF5 oder mit installiertem KF6 SyntaxHighlighting erstellen)</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1</source>
        <translation>KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>About APIM Gateway Migrator</source>
        <translation>Info über APIM Gateway Migrator</translation>
    </message>
    <message>
        <source>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;Moves Azure API Management self-hosted gateway deployments from v0/v1 to v2, changing only the bytes the migration needs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;Migriert Bereitstellungen selbstgehosteter Azure API Management-Gateways von v0/v1 zu v2 und ändert dabei nur die Bytes, die die Migration erfordert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Released under the MIT licence. Not affiliated with Microsoft; Azure and API Management are trademarks of Microsoft Corporation.&lt;/p&gt;&lt;p&gt;Qt is used under the LGPL v3; yaml-cpp under the MIT licence; KSyntaxHighlighting under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veröffentlicht unter der MIT-Lizenz. Nicht mit Microsoft verbunden; Azure und API Management sind Marken der Microsoft Corporation.&lt;/p&gt;&lt;p&gt;Qt wird unter der LGPL v3 verwendet, yaml-cpp unter der MIT-Lizenz und KSyntaxHighlighting unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>agm::CheckResultsModel</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>fails at %1: %2</source>
        <translation>schlägt bei %1 fehl: %2</translation>
    </message>
    <message>
        <source>passes, with a warning: %1</source>
        <translation>bestanden, mit Warnung: %1</translation>
    </message>
    <message>
        <source>passes (through a proxy)</source>
        <translation>bestanden (über einen Proxy)</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>by the proxy</source>
        <translation>durch den Proxy</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, %2 days left</source>
        <translation>%1, noch %2 Tage gültig</translation>
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
        <translation>%1 bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n mit Warnung</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>no endpoints checked</source>
        <translation>keine Endpunkte geprüft</translation>
    </message>
    <message>
        <source>: cancelled</source>
        <translation>: abgebrochen</translation>
    </message>
    <message>
        <source>: FAIL at %1</source>
        <translation>: FEHLER bei %1</translation>
    </message>
    <message>
        <source>: pass with warnings</source>
        <translation>: bestanden mit Warnungen</translation>
    </message>
    <message>
        <source>: pass</source>
        <translation>: bestanden</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  Quelle: %1
</translation>
    </message>
    <message>
        <source>        hint: %1
</source>
        <translation>        Tipp: %1
</translation>
    </message>
    <message>
        <source>  proxy: %1
</source>
        <translation>  Proxy: %1
</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
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
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <source> Resolver: %1.</source>
        <translation> Resolver: %1.</translation>
    </message>
    <message>
        <source> Extra CA file: %1.</source>
        <translation> Zusätzliche CA-Datei: %1.</translation>
    </message>
    <message>
        <source>empty endpoint</source>
        <translation>Leerer Endpunkt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; ist keine gültige URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only https endpoints are checked</source>
        <translation>&apos;%1&apos;: Nur https-Endpunkte werden geprüft</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no credentials in the endpoint, please</source>
        <translation>&apos;%1&apos;: Bitte keine Anmeldeinformationen im Endpunkt angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>&apos;%1&apos;: &apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST[:PORT]</source>
        <translation>&apos;%1&apos; entspricht nicht HOST[:PORT]</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be a number from 1 to 65535</source>
        <translation>&apos;%1&apos;: Der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address</source>
        <translation>&apos;%1&apos; ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>%1: %2 is built from a shell variable (%3); check the host it expands to</source>
        <translation>%1: %2 wird aus einer Shellvariablen gebildet (%3); prüfen Sie den Host, den sie ergibt</translation>
    </message>
    <message>
        <source>v2 configuration endpoint</source>
        <translation>v2-Konfigurationsendpunkt</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it on page 3, the configuration endpoints (Back)</source>
        <translation>%1: %2 ist noch kein v2-Host (%3); beantworten Sie dies auf Seite 3, den Konfigurationsendpunkten (Zurück)</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it with --endpoint</source>
        <translation>%1: %2 ist noch kein v2-Host (%3); beantworten Sie dies mit --endpoint</translation>
    </message>
</context>
<context>
    <name>agm::ChecksPage</name>
    <message>
        <source>Check the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>The v2 gateway must reach its configuration host on port 443. These checks run from this computer, layer by layer; the in-cluster probe runs the same checks from the gateway&apos;s own network.</source>
        <translation>Das v2-Gateway muss seinen Konfigurationshost über Port 443 erreichen. Diese Prüfungen laufen Schicht für Schicht von diesem Computer aus; der clusterinterne Test führt dieselben Prüfungen aus dem Netzwerk des Gateways aus.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Run every check again (after changing the options or the network)</source>
        <translation>Alle Prüfungen erneut ausführen (nach Änderung der Optionen oder des Netzwerks)</translation>
    </message>
    <message>
        <source>Cancel chec&amp;ks</source>
        <translation>Prüfungen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the checks that are still running</source>
        <translation>Die noch laufenden Prüfungen beenden</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the results, the details and the pod&apos;s view to the clipboard</source>
        <translation>Ergebnisse, Details und die Sicht des Pods in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>IP address of a DNS server to ask instead of the system resolver, e.g. one that serves the private DNS zone of an internal virtual network</source>
        <translation>IP-Adresse eines DNS-Servers, der anstelle des System-Resolvers abgefragt wird, z. B. eines Servers für die private DNS-Zone eines internen virtuellen Netzwerks</translation>
    </message>
    <message>
        <source>system trust store only</source>
        <translation>nur der Vertrauensspeicher des Systems</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>PEM file with CA certificates to trust besides the system&apos;s, e.g. your TLS-inspecting proxy&apos;s root</source>
        <translation>PEM-Datei mit CA-Zertifikaten, denen zusätzlich zu denen des Systems vertraut wird, z. B. das Stammzertifikat Ihres TLS-inspizierenden Proxys</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Nach einer CA-Datei suchen</translation>
    </message>
    <message>
        <source>host[:port], …</source>
        <translation>host[:port], …</translation>
    </message>
    <message>
        <source>Also check these hosts</source>
        <translation>Diese Hosts ebenfalls prüfen</translation>
    </message>
    <message>
        <source>Other endpoints the gateway uses, e.g. a custom configuration hostname or dc.services.visualstudio.com for Application Insights</source>
        <translation>Weitere Endpunkte, die das Gateway verwendet, z. B. ein benutzerdefinierter Konfigurationshostname oder dc.services.visualstudio.com für Application Insights</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>D&amp;NS-Server:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Also c&amp;heck:</source>
        <translation>Zusätzlic&amp;h prüfen:</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Details of the selected endpoint</source>
        <translation>Details des ausgewählten Endpunkts</translation>
    </message>
    <message>
        <source>What the gateway pod will see</source>
        <translation>Was der Gateway-Pod sehen wird</translation>
    </message>
    <message>
        <source>Kubernetes Job</source>
        <translation>Kubernetes-Job</translation>
    </message>
    <message>
        <source>docker run</source>
        <translation>docker run</translation>
    </message>
    <message>
        <source>Probe kind</source>
        <translation>Testart</translation>
    </message>
    <message>
        <source>In-cluster probe</source>
        <translation>Clusterinterner Test</translation>
    </message>
    <message>
        <source>Image %1: curl with a busybox shell. For every endpoint it resolves the name (getent, which honours hostAliases, else nslookup) and runs curl -v over TLS, with the gateway&apos;s proxy variables and hostAliases; it exits 1 when one fails.</source>
        <translation>Image %1: curl mit einer busybox-Shell. Für jeden Endpunkt löst der Test den Namen auf (mit getent, das hostAliases berücksichtigt, sonst mit nslookup) und führt curl -v über TLS aus, mit den Proxyvariablen und hostAliases des Gateways; schlägt ein Endpunkt fehl, endet er mit Exitcode 1.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the pod will see</source>
        <translation>Was der Pod sehen wird</translation>
    </message>
    <message>
        <source>Export anyway: the gateway may not reach its configuration endpoint until the failure is fixed. The report records the failed checks and this acknowledgement.</source>
        <translation>Trotzdem exportieren: Das Gateway erreicht seinen Konfigurationsendpunkt möglicherweise erst, wenn der Fehler behoben ist. Der Bericht hält die fehlgeschlagenen Prüfungen und diese Bestätigung fest.</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Also check: %1.</source>
        <translation>Zusätzlich prüfen: %1.</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>&lt;b&gt;No v2 configuration host to check yet.&lt;/b&gt; Answer the endpoint step, or name hosts under Also check.</source>
        <translation>&lt;b&gt;Noch kein v2-Konfigurationshost zu prüfen.&lt;/b&gt; Beantworten Sie den Endpunktschritt, oder geben Sie Hosts unter „Zusätzlich prüfen“ an.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n endpoint(s) from this computer…</source>
        <translation>
            <numerusform>%n Endpunkt wird von diesem Computer aus geprüft…</numerusform>
            <numerusform>%n Endpunkte werden von diesem Computer aus geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) failed</source>
        <translation>
            <numerusform>%1 von %n Endpunkt fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Endpunkten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>select it for the failing layer and what to do.</source>
        <translation>Wählen Sie ihn aus, um die fehlgeschlagene Schicht und das weitere Vorgehen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) answer</source>
        <translation>
            <numerusform>%n Endpunkt antwortet</numerusform>
            <numerusform>%n Endpunkte antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>with warnings: see the details.</source>
        <translation>mit Warnungen: siehe Details.</translation>
    </message>
    <message>
        <source>The endpoint answers.</source>
        <translation>Der Endpunkt antwortet.</translation>
    </message>
    <message>
        <source>All %1 endpoints answer.</source>
        <translation>Alle %1 Endpunkte antworten.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  Quelle: %1
</translation>
    </message>
    <message>
        <source>  checking…
</source>
        <translation>  wird geprüft…
</translation>
    </message>
    <message>
        <source>  not checked
</source>
        <translation>  nicht geprüft
</translation>
    </message>
    <message>
        <source>The files set no proxy variables and no hostAliases: the gateway connects directly and resolves names through the cluster&apos;s DNS.</source>
        <translation>Die Dateien setzen keine Proxyvariablen und keine hostAliases: Das Gateway verbindet sich direkt und löst Namen über das DNS des Clusters auf.</translation>
    </message>
    <message>
        <source>The proxy variables and hostAliases the files give the gateway, beside this computer&apos;s own.</source>
        <translation>Die Proxyvariablen und hostAliases, die die Dateien dem Gateway geben, neben denen dieses Computers.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>The gateway pod (from your files)</source>
        <translation>Der Gateway-Pod (aus Ihren Dateien)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source># No endpoint to probe yet.</source>
        <translation># Noch kein Endpunkt zu testen.</translation>
    </message>
    <message>
        <source>Not checked: %1
</source>
        <translation>Nicht geprüft: %1
</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>Was der Gateway-Pod (laut den Dateien) im Vergleich zu diesem Computer sehen wird:
</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Copy pr&amp;obe</source>
        <translation>Test k&amp;opieren</translation>
    </message>
    <message>
        <source>Probe a&amp;s:</source>
        <translation>Test a&amp;ls:</translation>
    </message>
    <message>
        <source>From the recipe %1: failed or unrun checks were acknowledged when it was written. Tick the box below only if that still holds for these files and this network.</source>
        <translation>Aus dem Rezept %1: Fehlgeschlagene oder nicht ausgeführte Prüfungen wurden beim Schreiben bestätigt. Aktivieren Sie das Kontrollkästchen unten nur, wenn das für diese Dateien und dieses Netzwerk weiterhin zutrifft.</translation>
    </message>
    <message>
        <source>this session checks nothing on the network (offline)</source>
        <translation>diese Sitzung prüft nichts im Netzwerk (offline)</translation>
    </message>
    <message>
        <source>there is no v2 configuration host to check</source>
        <translation>es gibt keinen v2-Konfigurationshost zu prüfen</translation>
    </message>
    <message>
        <source>Export without checks: nothing confirms that the gateway can reach its configuration endpoint. The reports record that the checks did not run and this acknowledgement.</source>
        <translation>Ohne Prüfungen exportieren: Nichts bestätigt, dass das Gateway seinen Konfigurationsendpunkt erreichen kann. Die Berichte halten fest, dass die Prüfungen nicht ausgeführt wurden, sowie diese Bestätigung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; %1 Correct it and Rerun, or tick the box below to go on without checks.</source>
        <translation>&lt;b&gt;Prüfung nicht möglich:&lt;/b&gt; %1 Korrigieren Sie dies, und wählen Sie „Erneut prüfen“, oder aktivieren Sie das Kontrollkästchen unten, um ohne Prüfungen fortzufahren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1), after a check failed: tick the box below to go on anyway, or Rerun the checks.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt; (%1), nachdem eine Prüfung fehlgeschlagen ist: Aktivieren Sie das Kontrollkästchen unten, um trotzdem fortzufahren, oder wählen Sie „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1). You can go on without the remaining checks, or Rerun them.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt; (%1). Sie können ohne die verbleibenden Prüfungen fortfahren oder „Erneut prüfen“ wählen.</translation>
    </message>
    <message>
        <source>I &amp;understand the checks failed</source>
        <translation>Ich &amp;verstehe, dass die Prüfungen fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>I &amp;understand the checks did not run</source>
        <translation>Ich &amp;verstehe, dass die Prüfungen nicht gelaufen sind</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks were not run&lt;/b&gt;: this session checks nothing on the network (offline). Tick the box below to go on without them (the reports record it).</source>
        <translation>&lt;b&gt;Prüfungen wurden nicht ausgeführt&lt;/b&gt;: Diese Sitzung prüft nichts im Netzwerk (offline). Aktivieren Sie das Kontrollkästchen unten, um ohne sie fortzufahren (die Berichte halten dies fest).</translation>
    </message>
</context>
<context>
    <name>agm::Core</name>
    <message>
        <source>Kubernetes YAML</source>
        <translation>Kubernetes-YAML</translation>
    </message>
    <message>
        <source>Helm values</source>
        <translation>Helm-Werte</translation>
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
        <translation>Docker-env-Datei</translation>
    </message>
    <message>
        <source>Shell script</source>
        <translation>Shellskript</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>PowerShell-Skript</translation>
    </message>
    <message>
        <source>Helm template</source>
        <translation>Helm-Vorlage</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>env file</source>
        <translation>env-Datei</translation>
    </message>
    <message>
        <source>it holds more than %1 resources (through aliases)</source>
        <translation>Es enthält mehr als %1 Ressourcen (über Aliase)</translation>
    </message>
    <message>
        <source>cannot copy the training set to %1: %2</source>
        <translation>Die Übungsdateien können nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>it does not exist; check the path</source>
        <translation>Nicht vorhanden; prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty output folder (nothing was written).</source>
        <translation>%1 ist bereits vorhanden; wählen Sie einen leeren Ausgabeordner aus (es wurde nichts geschrieben).</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; run the migration again.</source>
        <translation>%1 wurde seit dem Einlesen auf dem Datenträger geändert; führen Sie die Migration erneut aus.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>the file is %1 MiB; the limit is %2 MiB. Split it, or migrate only the gateway&apos;s resources</source>
        <translation>Die Datei ist %1 MiB groß; zulässig sind höchstens %2 MiB. Teilen Sie sie auf, oder migrieren Sie nur die Ressourcen des Gateways</translation>
    </message>
    <message>
        <source>UTF-32 is not supported; save the file as UTF-8</source>
        <translation>UTF-32 wird nicht unterstützt; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-16 at code unit %1; save the file as UTF-8</source>
        <translation>Ungültiges UTF-16 bei Codeeinheit %1; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); this looks like a binary file or another encoding. Convert it to UTF-8</source>
        <translation>Ungültiges UTF-8 (Byte 0x%1); dies scheint eine Binärdatei oder eine andere Codierung zu sein. Konvertieren Sie die Datei in UTF-8</translation>
    </message>
    <message>
        <source>the file contains NUL bytes, so it is binary, not a deployment file</source>
        <translation>Die Datei enthält NUL-Bytes und ist daher eine Binärdatei, keine Bereitstellungsdatei</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>Dies ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read it (%1); check that it exists and that you may read it</source>
        <translation>Lesen nicht möglich (%1); prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>Ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;tags&quot; array</source>
        <translation>Erwartet wurde ein JSON-Objekt mit einem Array &quot;tags&quot;</translation>
    </message>
    <message>
        <source>the &quot;tags&quot; member is missing or not an array</source>
        <translation>Das Element &quot;tags&quot; fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>tags[%1] is not a string (nor an object with a &quot;name&quot; string)</source>
        <translation>tags[%1] ist keine Zeichenfolge (und auch kein Objekt mit einer Zeichenfolge &quot;name&quot;)</translation>
    </message>
    <message>
        <source>tags[%1] is not a valid tag name</source>
        <translation>tags[%1] ist kein gültiger Tagname</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>Es ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>it uses more than %1 aliases (a possible alias bomb)</source>
        <translation>Es verwendet mehr als %1 Aliase (möglicherweise eine Alias-Bombe)</translation>
    </message>
    <message>
        <source>Free some space or pick another folder, then run again.</source>
        <translation>Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Ordner aus; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, then run again.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei und ihres Ordners, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The file system is read-only; pick another folder.</source>
        <translation>Das Dateisystem ist schreibgeschützt; wählen Sie einen anderen Ordner aus.</translation>
    </message>
    <message>
        <source>It cannot be replaced in one step (a mount point, a file in use or another file system); write copies to another folder instead.</source>
        <translation>Die Datei kann nicht in einem Schritt ersetzt werden (ein Einhängepunkt, eine gerade verwendete Datei oder ein anderes Dateisystem); schreiben Sie stattdessen Kopien in einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk reported an error; check it, then run again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet; prüfen Sie ihn, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the disk and the folder, then run again.</source>
        <translation>Prüfen Sie den Datenträger und den Ordner, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 ist unverändert.</translation>
    </message>
    <message>
        <source>The temporary file %1 could not be removed (%2); delete it.</source>
        <translation>Die temporäre Datei %1 konnte nicht entfernt werden (%2); löschen Sie sie.</translation>
    </message>
    <message>
        <source>cannot follow the link %1</source>
        <translation>Der Link %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>cannot inspect %1</source>
        <translation>%1 kann nicht untersucht werden</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten. Choose an empty folder.</source>
        <translation>%1 ist bereits vorhanden; es wurde nichts überschrieben. Wählen Sie einen leeren Ordner aus.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was left unchanged; make it writable first if it should be rewritten.</source>
        <translation>%1 ist schreibgeschützt und wurde daher unverändert gelassen; machen Sie die Datei zuerst beschreibbar, wenn sie neu geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; they were broken: the other names keep the old content.</source>
        <translation>%1 hatte %2 Hardlinks; sie wurden aufgetrennt: Die anderen Namen behalten den alten Inhalt.</translation>
    </message>
    <message>
        <source>%1 had extended attributes or an ACL; the rewritten file does not carry them over.</source>
        <translation>%1 hatte erweiterte Attribute oder eine ACL; die neu geschriebene Datei übernimmt sie nicht.</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 to write %2</source>
        <translation>In %1 kann keine temporäre Datei zum Schreiben von %2 erstellt werden</translation>
    </message>
    <message>
        <source>%1 now belongs to you: its owner or group could not be kept.</source>
        <translation>%1 gehört jetzt Ihnen: Besitzer oder Gruppe konnten nicht beibehalten werden.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 was not prepared for writing.</source>
        <translation>%1 wurde nicht zum Schreiben vorbereitet.</translation>
    </message>
    <message>
        <source>cannot read %1 again before replacing it</source>
        <translation>%1 kann vor dem Ersetzen nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read, so it was left unchanged; run the migration again.</source>
        <translation>%1 wurde seit dem Einlesen auf dem Datenträger geändert und daher unverändert gelassen; führen Sie die Migration erneut aus.</translation>
    </message>
    <message>
        <source>%1 appeared while writing; it was not overwritten. Choose an empty folder.</source>
        <translation>%1 ist während des Schreibens aufgetaucht; die Datei wurde nicht überschrieben. Wählen Sie einen leeren Ordner aus.</translation>
    </message>
    <message>
        <source>cannot move the new %1 into place</source>
        <translation>Die neue Datei %1 kann nicht an ihren Zielort verschoben werden</translation>
    </message>
    <message>
        <source>These files were written but could not be taken back; delete them: %1.</source>
        <translation>Diese Dateien wurden geschrieben, konnten aber nicht zurückgenommen werden; löschen Sie sie: %1.</translation>
    </message>
    <message>
        <source>cannot create the folder %1: a file is in the way; move it or pick another folder.</source>
        <translation>Ordner %1 kann nicht erstellt werden: Eine Datei steht im Weg; verschieben Sie sie, oder wählen Sie einen anderen Ordner aus.</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The migrated files are written; no report was.</source>
        <translation>Die migrierten Dateien wurden geschrieben, aber kein Bericht.</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1 again before rewriting it: %2</source>
        <translation>%1 kann vor dem Neuschreiben nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>All or nothing: nothing was written.</source>
        <translation>Alles oder nichts: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Already rewritten, each with its original kept as .bak: %1.</source>
        <translation>Bereits neu geschrieben, das Original jeweils als .bak aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>the quoted string that starts here is never closed; add its closing %1</source>
        <translation>die hier beginnende Zeichenkette in Anführungszeichen wird nie geschlossen; ergänzen Sie das schließende %1</translation>
    </message>
    <message>
        <source>a line starting with %1 inside a document; quote the value, or move a directive before &quot;---&quot;</source>
        <translation>eine Zeile, die mit %1 beginnt, innerhalb eines Dokuments; setzen Sie den Wert in Anführungszeichen oder verschieben Sie eine Direktive vor &quot;---&quot;</translation>
    </message>
    <message>
        <source>Other text file</source>
        <translation>Andere Textdatei</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>CI workflow (GitHub Actions, Azure Pipelines)</source>
        <translation>CI-Workflow (GitHub Actions, Azure Pipelines)</translation>
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
        <translation>ARM-Vorlage</translation>
    </message>
    <message>
        <source>cannot make the new files in %1 durable: %2</source>
        <translation>die neuen Dateien in %1 können nicht dauerhaft gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or folder (nothing was written).</source>
        <translation>%1 ist bereits vorhanden; wählen Sie einen anderen Namen oder Ordner (es wurde nichts geschrieben).</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a parameters file (parameters.%1.value) or --parameters %1=...</source>
        <translation>der für Parameter &apos;%1&apos; angegebene Wert: eine Parameterdatei (parameters.%1.value) oder --parameters %1=...</translation>
    </message>
    <message>
        <source>the value itself</source>
        <translation>der Wert selbst</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a .bicepparam file, a parameters file or --parameters %1=...</source>
        <translation>der für Parameter &apos;%1&apos; angegebene Wert: eine .bicepparam-Datei, eine Parameterdatei oder --parameters %1=...</translation>
    </message>
    <message>
        <source>the default of parameter &apos;%1&apos;</source>
        <translation>der Standardwert des Parameters &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value of variable &apos;%1&apos;</source>
        <translation>der Wert der Variablen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the workflow&apos;s inputs, variables or env</source>
        <translation>die Eingaben, Variablen oder env des Workflows</translation>
    </message>
    <message>
        <source>an ARG default before the first FROM, or docker build --build-arg</source>
        <translation>ein ARG-Standardwert vor dem ersten FROM oder docker build --build-arg</translation>
    </message>
    <message>
        <source>(empty: the 0.x chart&apos;s v1 default)</source>
        <translation>(leer: der v1-Standardwert des 0.x-Charts)</translation>
    </message>
    <message>
        <source>(empty: %1 from chart %2)</source>
        <translation>(leer: %1 aus Chart %2)</translation>
    </message>
    <message>
        <source> Its default image (an empty image.tag) is %1, a v1 image.</source>
        <translation> Sein Standard-Image (ein leeres image.tag) ist %1, ein v1-Image.</translation>
    </message>
    <message>
        <source> On these charts an empty image.tag means a v1 image (1.1.2 on chart 0.3.0, 1.2.5 up to chart 1.0.0-rc.2).</source>
        <translation> Bei diesen Charts bedeutet ein leeres image.tag ein v1-Image (1.1.2 bei Chart 0.3.0, 1.2.5 bis Chart 1.0.0-rc.2).</translation>
    </message>
    <message>
        <source>locals { %1 = ... } in another file of the module</source>
        <translation>locals { %1 = ... } in einer anderen Datei des Moduls</translation>
    </message>
    <message>
        <source>the value given for variable &quot;%1&quot;: a .tfvars file, -var or TF_VAR_%1</source>
        <translation>der für Variable &quot;%1&quot; angegebene Wert: eine .tfvars-Datei, -var oder TF_VAR_%1</translation>
    </message>
    <message>
        <source>the default of variable &quot;%1&quot;</source>
        <translation>der Standardwert der Variablen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8, so it cannot be read; rename it (the name is shown with \x escapes)</source>
        <translation>ihr Name ist kein gültiges UTF-8 und kann daher nicht gelesen werden; benennen Sie sie um (der Name wird mit \x-Escapes angezeigt)</translation>
    </message>
    <message>
        <source>it is not a regular file (a FIFO, socket or device); give a file or a folder</source>
        <translation>sie ist keine reguläre Datei (ein FIFO, Socket oder Gerät); geben Sie eine Datei oder einen Ordner an</translation>
    </message>
    <message>
        <source>a shape the %1 analyser does not read</source>
        <translation>eine Form, die der %1-Analysator nicht liest</translation>
    </message>
    <message>
        <source>the file could not be read as %1</source>
        <translation>die Datei konnte nicht als %1 gelesen werden</translation>
    </message>
    <message>
        <source>this kind of file is not edited</source>
        <translation>diese Art von Datei wird nicht bearbeitet</translation>
    </message>
    <message>
        <source>%1 files are not edited</source>
        <translation>%1-Dateien werden nicht bearbeitet</translation>
    </message>
    <message>
        <source>no tag, which means latest</source>
        <translation>kein Tag, was latest bedeutet</translation>
    </message>
    <message>
        <source>pinned by digest only</source>
        <translation>nur per Digest festgelegt</translation>
    </message>
    <message>
        <source>a v0/v1 tag</source>
        <translation>ein v0/v1-Tag</translation>
    </message>
    <message>
        <source>a floating tag</source>
        <translation>ein gleitendes Tag</translation>
    </message>
    <message>
        <source>a rolling tag</source>
        <translation>ein rollierendes Tag</translation>
    </message>
    <message>
        <source>a preview tag</source>
        <translation>ein Vorschau-Tag</translation>
    </message>
    <message>
        <source>an unusual tag</source>
        <translation>ein ungewöhnliches Tag</translation>
    </message>
    <message>
        <source>the v2 configuration host (&lt;service&gt;.configuration.azure-api.net)</source>
        <translation>der v2-Konfigurationshost (&lt;service&gt;.configuration.azure-api.net)</translation>
    </message>
    <message>
        <source>the v2 configuration host of service &apos;%1&apos; (%1.configuration.azure-api.net, or your custom configuration host)</source>
        <translation>der v2-Konfigurationshost des Dienstes &apos;%1&apos; (%1.configuration.azure-api.net oder Ihr benutzerdefinierter Konfigurationshost)</translation>
    </message>
    <message>
        <source>gateway.auth.key (Helm chart 1.x) or gateway.auth.token (Arc extension)</source>
        <translation>gateway.auth.key (Helm-Chart 1.x) oder gateway.auth.token (Arc-Erweiterung)</translation>
    </message>
    <message>
        <source>the file looks like %1 without a byte-order mark (a NUL byte beside every character); save it as UTF-8, or as UTF-16 with a byte-order mark, and import it again</source>
        <translation>die Datei sieht aus wie %1 ohne Byte-Order-Mark (ein NUL-Byte neben jedem Zeichen); speichern Sie sie als UTF-8 oder als UTF-16 mit Byte-Order-Mark, und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>content after the document end marker &quot;...&quot;</source>
        <translation>Inhalt nach der Dokumentende-Markierung &quot;...&quot;</translation>
    </message>
    <message>
        <source>a comment needs a blank before its %1</source>
        <translation>ein Kommentar benötigt ein Leerzeichen vor seinem %1</translation>
    </message>
    <message>
        <source>%1 is not a valid escape in a double-quoted string</source>
        <translation>%1 ist kein gültiges Escape in einer Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a pinned 2.x.y image tag</source>
        <translation>ein festes 2.x.y-Image-Tag</translation>
    </message>
    <message>
        <source>the v2 configuration host</source>
        <translation>der v2-Konfigurationshost</translation>
    </message>
    <message>
        <source>cannot read %1 to copy it beside the files that use it: %2</source>
        <translation>%1 kann nicht gelesen werden, um es neben die Dateien zu kopieren, die es verwenden: %2</translation>
    </message>
    <message>
        <source>%1: refers to %2, which does not exist: neither the inputs nor the copies work until it does.</source>
        <translation>%1: verweist auf %2, das nicht existiert: weder die Eingaben noch die Kopien funktionieren, bis es existiert.</translation>
    </message>
    <message>
        <source>%1: refers to the folder %2, which holds no kustomization.yaml: kustomize cannot build it.</source>
        <translation>%1: verweist auf den Ordner %2, der keine kustomization.yaml enthält: kustomize kann ihn nicht erstellen.</translation>
    </message>
    <message>
        <source>%1: refers to %2, outside the imported folder %3: the copies will not work without it. Import a folder that holds both, or copy it beside them.</source>
        <translation>%1: verweist auf %2 außerhalb des importierten Ordners %3: ohne diese Datei funktionieren die Kopien nicht. Importieren Sie einen Ordner, der beides enthält, oder kopieren Sie sie daneben.</translation>
    </message>
    <message>
        <source>%1: refers to %2, which could not be read (see its error), so the copies leave it out.</source>
        <translation>%1: verweist auf %2, das nicht gelesen werden konnte (siehe dessen Fehler); die Kopien lassen es daher aus.</translation>
    </message>
    <message>
        <source>%1: refers to %2, which is larger than %3 MiB, so the copies leave it out: copy it beside them by hand.</source>
        <translation>%1: verweist auf %2, das größer als %3 MiB ist; die Kopien lassen es daher aus: kopieren Sie es von Hand daneben.</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; the names that are not among the inputs keep the old content.</source>
        <translation>%1 hatte %2 harte Links; die Namen, die nicht unter den Eingaben sind, behalten den alten Inhalt.</translation>
    </message>
    <message>
        <source>%1 keeps the old content: it could not be made a link to the new %2 again (%3).</source>
        <translation>%1 behält den alten Inhalt: es konnte nicht wieder als Link auf die neue Datei %2 angelegt werden (%3).</translation>
    </message>
    <message>
        <source>it is another file now</source>
        <translation>es ist jetzt eine andere Datei</translation>
    </message>
    <message>
        <source>Cannot read %1 to write its checksum: %2.</source>
        <translation>%1 kann nicht gelesen werden, um seine Prüfsumme zu schreiben: %2.</translation>
    </message>
</context>
<context>
    <name>agm::DiffModel</name>
    <message numerus="yes">
        <source>%n unchanged line(s) folded; press Enter to show them</source>
        <translation>
            <numerusform>%n unveränderte Zeile eingeklappt; drücken Sie die Eingabetaste, um sie anzuzeigen</numerusform>
            <numerusform>%n unveränderte Zeilen eingeklappt; drücken Sie die Eingabetaste, um sie anzuzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No line here; the migrated text adds a line</source>
        <translation>Hier keine Zeile; der migrierte Text fügt eine Zeile hinzu</translation>
    </message>
    <message>
        <source>No line here; the migration removes a line</source>
        <translation>Hier keine Zeile; die Migration entfernt eine Zeile</translation>
    </message>
    <message>
        <source>Line %1, changed from: %2</source>
        <translation>Zeile %1, geändert von: %2</translation>
    </message>
    <message>
        <source>Line %1, changed to: %2</source>
        <translation>Zeile %1, geändert in: %2</translation>
    </message>
    <message>
        <source>Line %1, removed: %2</source>
        <translation>Zeile %1, entfernt: %2</translation>
    </message>
    <message>
        <source>Line %1, added: %2</source>
        <translation>Zeile %1, hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n unveränderte Zeile</numerusform>
            <numerusform>%n unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>Klicken oder Eingabetaste drücken, um diese Zeilen anzuzeigen</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migriert</translation>
    </message>
</context>
<context>
    <name>agm::DiffOverview</name>
    <message>
        <source>Where the changes are in the whole file; click to jump there</source>
        <translation>Position der Änderungen in der gesamten Datei; klicken Sie, um dorthin zu springen</translation>
    </message>
    <message>
        <source>Change overview</source>
        <translation>Änderungsübersicht</translation>
    </message>
    <message>
        <source>Red marks are removed or rewritten lines, green marks added lines</source>
        <translation>Rote Markierungen zeigen entfernte oder neu geschriebene Zeilen, grüne Markierungen hinzugefügte Zeilen</translation>
    </message>
</context>
<context>
    <name>agm::DiffPane</name>
    <message>
        <source>no newline at end</source>
        <translation>kein Zeilenumbruch am Ende</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Kein Text</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n unveränderte Zeile</numerusform>
            <numerusform>%n unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2, click or press Enter to show</source>
        <translation>Zeilen %1–%2; zum Anzeigen klicken oder Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy Original Text</source>
        <translation>Originaltext kopieren</translation>
    </message>
    <message>
        <source>Copy Migrated Text</source>
        <translation>Migrierten Text kopieren</translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>Klicken oder Eingabetaste drücken, um diese Zeilen anzuzeigen</translation>
    </message>
</context>
<context>
    <name>agm::EndpointPage</name>
    <message>
        <source>Configuration endpoints</source>
        <translation>Konfigurationsendpunkte</translation>
    </message>
    <message>
        <source>Every endpoint has its v2 value.</source>
        <translation>Alle Endpunkte haben ihren v2-Wert.</translation>
    </message>
    <message>
        <source>Switch to the Configuration API v2</source>
        <translation>Auf die Konfigurations-API v2 umstellen</translation>
    </message>
    <message>
        <source>Each configuration endpoint is listed with its v2 value. Select a row and press F2 or Enter (or double-click its New value) to type the host; rows marked “needs your answer” cannot be derived and need the v2 host.</source>
        <translation>Jeder Konfigurationsendpunkt wird mit seinem v2-Wert aufgeführt. Wählen Sie eine Zeile aus, und drücken Sie F2 oder die Eingabetaste (oder doppelklicken Sie auf den neuen Wert), um den Host einzugeben; mit „benötigt Ihre Antwort“ markierte Zeilen lassen sich nicht ableiten und benötigen den v2-Host.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host yet: select the row, press F2 or Enter and type the host, or untick the row to leave it on the v1 URL (that gateway then receives no configuration).</source>
        <translation>
            <numerusform>%n Endpunkt noch ohne v2-Host: Wählen Sie die Zeile aus, drücken Sie F2 oder die Eingabetaste, und geben Sie den Host ein, oder deaktivieren Sie die Zeile, um sie auf der v1-URL zu belassen (das Gateway erhält dann keine Konfiguration).</numerusform>
            <numerusform>%n Endpunkte noch ohne v2-Host: Wählen Sie die Zeile aus, drücken Sie F2 oder die Eingabetaste, und geben Sie den Host ein, oder deaktivieren Sie die Zeile, um sie auf der v1-URL zu belassen (das Gateway erhält dann keine Konfiguration).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) left on the v1 URL: this gateway will receive no configuration.</source>
        <translation>
            <numerusform>%n Endpunkt auf der v1-URL belassen: Dieses Gateway erhält keine Konfiguration.</numerusform>
            <numerusform>%n Endpunkte auf der v1-URL belassen: Diese Gateways erhalten keine Konfiguration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) to change by hand in files the tool cannot edit: the value to write is in the New column.</source>
        <translation>
            <numerusform>%n Endpunkt ist von Hand in Dateien zu ändern, die das Tool nicht bearbeiten kann: Der zu schreibende Wert steht in der Spalte „Neu“.</numerusform>
            <numerusform>%n Endpunkte sind von Hand in Dateien zu ändern, die das Tool nicht bearbeiten kann: Der zu schreibende Wert steht in der Spalte „Neu“.</numerusform>
        </translation>
    </message>
    <message>
        <source>No configuration endpoint found in these files.</source>
        <translation>In diesen Dateien wurde kein Konfigurationsendpunkt gefunden.</translation>
    </message>
</context>
<context>
    <name>agm::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Write migrated copies to a &amp;new folder (recommended)</source>
        <translation>Migrierte Kopien in einen &amp;neuen Ordner schreiben (empfohlen)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>Also write</source>
        <translation>Zusätzlich schreiben</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>Wird geschrieben</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation>Dateien, die geschrieben werden</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner aus.</translation>
    </message>
    <message>
        <source>already exists: choose another folder</source>
        <translation>bereits vorhanden: anderen Ordner auswählen</translation>
    </message>
    <message>
        <source>rewritten; original kept as .bak</source>
        <translation>überschrieben; Original bleibt als .bak erhalten</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in that folder. Nothing is overwritten: choose an empty or new folder.</source>
        <translation>
            <numerusform>%n Datei ist in diesem Ordner bereits vorhanden. Es wird nichts überschrieben: Wählen Sie einen leeren oder neuen Ordner aus.</numerusform>
            <numerusform>%n Dateien sind in diesem Ordner bereits vorhanden. Es wird nichts überschrieben: Wählen Sie einen leeren oder neuen Ordner aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite in place</source>
        <translation>An Ort und Stelle überschreiben</translation>
    </message>
    <message>
        <source>Rewrite the changed files in place? Each original is kept next to it as a .bak file.</source>
        <translation>Die geänderten Dateien an Ort und Stelle überschreiben? Jedes Original bleibt daneben als .bak-Datei erhalten.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Fehler beim Exportieren</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Choose where the migrated files go; no file is overwritten without a backup.</source>
        <translation>Es wurde noch nichts geschrieben. Wählen Sie aus, wohin die migrierten Dateien geschrieben werden; keine Datei wird ohne Sicherungskopie überschrieben.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird geschrieben…</numerusform>
            <numerusform>%n Dateien werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed; see the message.</source>
        <translation>Fehler beim Exportieren; Einzelheiten finden Sie in der Meldung.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Your decisions (image tag, endpoint answers, changes left out), without tokens, file contents or paths: replay them on other copies of these files with “migrate --recipe” or “Start from a recipe…”.</source>
        <translation>Ihre Entscheidungen (Image-Tag, Endpunktantworten, ausgelassene Änderungen), ohne Token, Dateiinhalte oder Pfade: Wenden Sie sie mit „migrate --recipe“ oder „Von einem Rezept starten…“ erneut auf andere Kopien dieser Dateien an.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>What the export leaves as it is: files that could not be read, references to change by hand or left out.</source>
        <translation>Was der Export unverändert lässt: Dateien, die nicht gelesen werden konnten, sowie von Hand zu ändernde oder ausgelassene Verweise.</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s) stay as they are after the export; the reports list each one.</source>
        <translation>
            <numerusform>Nicht erledigt: %n Element bleibt nach dem Export unverändert; die Berichte führen jedes einzeln auf.</numerusform>
            <numerusform>Nicht erledigt: %n Elemente bleiben nach dem Export unverändert; die Berichte führen jedes einzeln auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Markdown report</source>
        <translation>&amp;Markdown-Bericht</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>&amp;HTML-Bericht</translation>
    </message>
    <message>
        <source>&amp;JSON report</source>
        <translation>&amp;JSON-Bericht</translation>
    </message>
    <message>
        <source>&amp;Unified patch</source>
        <translation>&amp;Unified-Patch</translation>
    </message>
    <message>
        <source>SHA-256 chec&amp;ksums</source>
        <translation>SHA-256-Prü&amp;fsummen</translation>
    </message>
    <message>
        <source>&amp;Recipe (%1)</source>
        <translation>&amp;Rezept (%1)</translation>
    </message>
    <message>
        <source>Rewrite the files &amp;in place</source>
        <translation>Dateien &amp;an Ort und Stelle überschreiben</translation>
    </message>
    <message>
        <source>Each original is kept beside it as a .bak copy.</source>
        <translation>Jedes Original bleibt daneben als .bak-Kopie erhalten.</translation>
    </message>
</context>
<context>
    <name>agm::FileEntry</name>
    <message>
        <source>migrated: %n change(s)</source>
        <translation>migriert: %n Änderung(en)</translation>
    </message>
    <message>
        <source>%n left out</source>
        <translation>%n ausgelassen</translation>
    </message>
    <message>
        <source>already on v2: nothing to change</source>
        <translation>bereits auf v2: nichts zu ändern</translation>
    </message>
    <message>
        <source>not migrated yet: %n reference(s) waiting for your answer</source>
        <translation>noch nicht migriert: %n Verweis(e) warten auf Ihre Antwort</translation>
    </message>
    <message>
        <source>left out by the operator: %n change(s) not made</source>
        <translation>vom Bediener ausgelassen: %n Änderung(en) nicht vorgenommen</translation>
    </message>
    <message>
        <source>not migrated: %1%2</source>
        <translation>nicht migriert: %1%2</translation>
    </message>
    <message>
        <source>not a deployment file (%1)</source>
        <translation>keine Bereitstellungsdatei (%1)</translation>
    </message>
    <message>
        <source>not migrated: %n gateway reference(s) to change by hand (%1 is not edited here)</source>
        <translation>nicht migriert: %n Gateway-Verweis(e) von Hand zu ändern (%1 wird hier nicht bearbeitet)</translation>
    </message>
    <message>
        <source>the same file as %1 (a link): read and migrated once, as that file</source>
        <translation>dieselbe Datei wie %1 (ein Link): einmal gelesen und migriert, als jene Datei</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>auf der v1-URL belassen: Dieses Gateway erhält keine Konfiguration</translation>
    </message>
    <message>
        <source>not checked: it uses %n file(s) outside the import</source>
        <translation>nicht geprüft: verwendet %n Datei außerhalb des Imports</translation>
    </message>
</context>
<context>
    <name>agm::Finding</name>
    <message>
        <source>Cannot load the file: %1.</source>
        <translation>Die Datei kann nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Invalid YAML: %1. Fix the file (kubectl would reject it too); the other files are still migrated.</source>
        <translation>Ungültiges YAML: %1. Korrigieren Sie die Datei (kubectl würde sie ebenfalls ablehnen); die übrigen Dateien werden trotzdem migriert.</translation>
    </message>
    <message>
        <source>The document was not parsed: %1.</source>
        <translation>Das Dokument wurde nicht analysiert: %1.</translation>
    </message>
    <message>
        <source>This is a Helm template ({{ }}), not a values file or a rendered manifest; it is left as it is. Migrate the chart&apos;s values, or render it with &apos;helm template&apos; and import the output.</source>
        <translation>Dies ist eine Helm-Vorlage ({{ }}), keine Wertedatei und kein gerendertes Manifest; sie bleibt unverändert. Migrieren Sie die Werte des Charts, oder rendern Sie die Vorlage mit &apos;helm template&apos;, und importieren Sie die Ausgabe.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in one mapping; Kubernetes keeps only the last one. Remove the duplicate.</source>
        <translation>Der Schlüssel &apos;%1&apos; kommt in einer Zuordnung doppelt vor; Kubernetes übernimmt nur den letzten. Entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; floats: it can point to another version at any time (&apos;latest&apos; moved from v1 to v2 in March 2022 and broke gateways). Pin an exact 2.x.y tag.</source>
        <translation>Das Image-Tag &apos;%1&apos; ist gleitend: Es kann jederzeit auf eine andere Version zeigen (&apos;latest&apos; wechselte im März 2022 von v1 zu v2 und legte Gateways lahm). Legen Sie ein exaktes 2.x.y-Tag fest.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; rolls to every new 2.x release, so replicas can run different versions after a scale-out. Pin an exact 2.x.y tag for production.</source>
        <translation>Das Image-Tag &apos;%1&apos; wandert mit jedem neuen 2.x-Release mit, sodass Replikate nach einer horizontalen Skalierung unterschiedliche Versionen ausführen können. Legen Sie für die Produktion ein exaktes 2.x.y-Tag fest.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a preview; previews are not supported in production. Pin a released 2.x.y tag.</source>
        <translation>Das Image-Tag &apos;%1&apos; ist eine Vorschauversion; Vorschauversionen werden in der Produktion nicht unterstützt. Legen Sie ein veröffentlichtes 2.x.y-Tag fest.</translation>
    </message>
    <message>
        <source>The image is pinned by digest only, so its version cannot be read. It is replaced by the chosen tag; pin the new tag by digest again if your policy needs digests.</source>
        <translation>Das Image ist nur per Digest festgelegt, daher lässt sich seine Version nicht ermitteln. Es wird durch das ausgewählte Tag ersetzt; legen Sie das neue Tag erneut per Digest fest, wenn Ihre Richtlinie Digests verlangt.</translation>
    </message>
    <message>
        <source>The image has no tag, which means &apos;latest&apos; (a floating tag). Pin an exact 2.x.y tag.</source>
        <translation>Das Image hat kein Tag, was &apos;latest&apos; bedeutet (ein gleitendes Tag). Legen Sie ein exaktes 2.x.y-Tag fest.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is not one of the documented tag conventions. Pin an exact 2.x.y tag.</source>
        <translation>Das Image-Tag &apos;%1&apos; entspricht keiner der dokumentierten Tag-Konventionen. Legen Sie ein exaktes 2.x.y-Tag fest.</translation>
    </message>
    <message>
        <source>The image is already pinned to %1; it is left as it is. Newer: %2.</source>
        <translation>Das Image ist bereits auf %1 festgelegt; es bleibt unverändert. Neuer: %2.</translation>
    </message>
    <message>
        <source>image.tag is not set, so the chart&apos;s appVersion decides the image (chart 1.x ships 2.x images). Set image.tag to pin a version independently of the chart.</source>
        <translation>image.tag ist nicht gesetzt, daher bestimmt die appVersion des Charts das Image (Chart 1.x liefert 2.x-Images). Setzen Sie image.tag, um eine Version unabhängig vom Chart festzulegen.</translation>
    </message>
    <message>
        <source>This is a Configuration API v1 URL (retired on 1 October 2023). The v2 endpoint of service &apos;%1&apos; is %2.</source>
        <translation>Dies ist eine URL der Konfigurations-API v1 (am 1. Oktober 2023 eingestellt). Der v2-Endpunkt des Diensts &apos;%1&apos; lautet %2.</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a custom host; it is left as it is. Custom configuration hosts need gateway 2.3.0 or later.</source>
        <translation>Der Endpunkt &apos;%1&apos; ist ein benutzerdefinierter Host; er bleibt unverändert. Benutzerdefinierte Konfigurationshosts erfordern Gateway 2.3.0 oder höher.</translation>
    </message>
    <message>
        <source>The gateway container has no securityContext. v2 runs as user 1001 and writes CA certificates at start-up, so it needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>Der Gatewaycontainer hat keinen securityContext. v2 wird als Benutzer 1001 ausgeführt und schreibt beim Start CA-Zertifikate; daher benötigt der Container runAsNonRoot: true, runAsUser: 1001 und readOnlyRootFilesystem: false.</translation>
    </message>
    <message>
        <source>%1 is a YAML alias; its anchor may be shared with other containers, so it is not edited. Give the gateway its own securityContext with runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>%1 ist ein YAML-Alias; sein Anker wird möglicherweise mit anderen Containern geteilt, daher wird er nicht bearbeitet. Geben Sie dem Gateway einen eigenen securityContext mit runAsNonRoot: true, runAsUser: 1001 und readOnlyRootFilesystem: false.</translation>
    </message>
    <message>
        <source>%1 is %2, but the v2 gateway needs %3 (it runs as user 1001 and writes CA certificates at start-up).</source>
        <translation>%1 ist %2, aber das v2-Gateway benötigt %3 (es wird als Benutzer 1001 ausgeführt und schreibt beim Start CA-Zertifikate).</translation>
    </message>
    <message>
        <source>The securityContext lacks %1; the v2 gateway needs %2.</source>
        <translation>Im securityContext fehlt %1; das v2-Gateway benötigt %2.</translation>
    </message>
    <message>
        <source>The gateway service runs as &apos;%1&apos;; v2 runs as user 1001. Set user: &quot;1001&quot;.</source>
        <translation>Der Gatewaydienst wird als &apos;%1&apos; ausgeführt; v2 wird als Benutzer 1001 ausgeführt. Setzen Sie user: &quot;1001&quot;.</translation>
    </message>
    <message>
        <source>read_only: true is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>read_only: true wird nicht unterstützt: Das v2-Gateway schreibt beim Start CA-Zertifikate.</translation>
    </message>
    <message>
        <source>The gateway container runs as &apos;%1&apos;; v2 runs as user 1001. Use --user 1001.</source>
        <translation>Der Gatewaycontainer wird als &apos;%1&apos; ausgeführt; v2 wird als Benutzer 1001 ausgeführt. Verwenden Sie --user 1001.</translation>
    </message>
    <message>
        <source>--read-only is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>--read-only wird nicht unterstützt: Das v2-Gateway schreibt beim Start CA-Zertifikate.</translation>
    </message>
    <message>
        <source>This kustomization sets the gateway image; make sure the Deployment it patches has the v2 securityContext (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Import the base manifests too.</source>
        <translation>Diese Kustomization legt das Gatewayimage fest; stellen Sie sicher, dass das damit gepatchte Deployment den v2-securityContext hat (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Importieren Sie auch die Basismanifeste.</translation>
    </message>
    <message>
        <source>The probe uses the v1 health path %1; v2 answers on /status-0123456789abcdef.</source>
        <translation>Der Integritätstest verwendet den v1-Pfad %1; v2 antwortet unter /status-0123456789abcdef.</translation>
    </message>
    <message>
        <source>capabilities.drop lists &apos;%1&apos;; Pod Security Admission (restricted) accepts only upper-case ALL.</source>
        <translation>capabilities.drop enthält &apos;%1&apos;; Pod Security Admission (restricted) akzeptiert nur ALL in Großbuchstaben.</translation>
    </message>
    <message>
        <source>hostAliases pins the management host &apos;%1&apos;. v2 talks to the configuration host instead: add an entry for it (for example %2) with the address of your private endpoint.</source>
        <translation>hostAliases ordnet den Verwaltungshost &apos;%1&apos; fest einer Adresse zu. v2 kommuniziert stattdessen mit dem Konfigurationshost: Fügen Sie dafür einen Eintrag (zum Beispiel %2) mit der Adresse Ihres privaten Endpunkts hinzu.</translation>
    </message>
    <message>
        <source>A configuration backup volume is mounted at /apim/config, but the pod has no fsGroup: 1001. The gateway (user 1001) cannot write its backup; set securityContext.fsGroup: 1001 on the pod.</source>
        <translation>Unter /apim/config ist ein Volume für die Konfigurationssicherung eingebunden, aber der Pod hat kein fsGroup: 1001. Das Gateway (Benutzer 1001) kann seine Sicherung nicht schreiben; setzen Sie securityContext.fsGroup: 1001 für den Pod.</translation>
    </message>
    <message>
        <source>The GatewayKey token expired on %1. Generate a new token in the Azure portal (Gateways &gt; Deployment) before deploying.</source>
        <translation>Das GatewayKey-Token ist am %1 abgelaufen. Generieren Sie vor der Bereitstellung ein neues Token im Azure-Portal (Gateways &gt; Bereitstellung).</translation>
    </message>
    <message>
        <source>The GatewayKey token expires on %1. Plan a token rotation.</source>
        <translation>Das GatewayKey-Token läuft am %1 ab. Planen Sie eine Tokenrotation.</translation>
    </message>
    <message>
        <source>These are values of the 0.x chart (&apos;%1&apos;), whose default image is v1. Chart 1.x renamed them: gateway.endpoint became gateway.configuration.uri and gateway.authKey became gateway.auth.key; rename them when you upgrade the chart.</source>
        <translation>Dies sind Werte des 0.x-Charts (&apos;%1&apos;), dessen Standardimage v1 ist. Chart 1.x hat sie umbenannt: Aus gateway.endpoint wurde gateway.configuration.uri und aus gateway.authKey wurde gateway.auth.key; benennen Sie sie beim Upgrade des Charts um.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a v0/v1 gateway image; v0/v1 images are unsupported since 1 October 2023. Pin a 2.x.y tag.</source>
        <translation>Das Image-Tag &apos;%1&apos; ist ein v0/v1-Gatewayimage; v0/v1-Images werden seit dem 1. Oktober 2023 nicht mehr unterstützt. Legen Sie ein 2.x.y-Tag fest.</translation>
    </message>
    <message>
        <source>On the command line, use --endpoint.</source>
        <translation>Verwenden Sie in der Befehlszeile --endpoint.</translation>
    </message>
    <message>
        <source>This v1 URL uses the custom management host &apos;%1&apos;, so the v2 configuration host of service &apos;%2&apos; cannot be derived. Enter it (for example %2.configuration.azure-api.net, or your custom configuration host).</source>
        <translation>Diese v1-URL verwendet den benutzerdefinierten Verwaltungshost &apos;%1&apos;, daher lässt sich der v2-Konfigurationshost des Dienstes &apos;%2&apos; nicht ableiten. Geben Sie ihn ein (z. B. %2.configuration.azure-api.net oder Ihren benutzerdefinierten Konfigurationshost).</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a placeholder. Enter the v2 configuration host (&lt;service&gt;.configuration.azure-api.net).</source>
        <translation>Der Endpunkt &apos;%1&apos; ist ein Platzhalter. Geben Sie den v2-Konfigurationshost ein (&lt;service&gt;.configuration.azure-api.net).</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a management host without the v1 path, which no gateway version accepts. The v2 host is probably %2; confirm it.</source>
        <translation>Der Endpunkt &apos;%1&apos; ist ein Verwaltungshost ohne den v1-Pfad, den keine Gateway-Version akzeptiert. Der v2-Host ist vermutlich %2; bestätigen Sie ihn.</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; (%2) is written where the tool cannot edit it (%3). Change it by hand to %4.</source>
        <translation>Das Gateway-Image &apos;%1&apos; (%2) steht an einer Stelle, die das Tool nicht bearbeiten kann (%3). Ändern Sie es von Hand in %4.</translation>
    </message>
    <message>
        <source>This Configuration API v1 URL is written where the tool cannot edit it (%1). The gateway gets no configuration from it; change it by hand to %2.</source>
        <translation>Diese URL der Konfigurations-API v1 steht an einer Stelle, die das Tool nicht bearbeiten kann (%1). Das Gateway erhält von ihr keine Konfiguration; ändern Sie sie von Hand in %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 0.x Helm chart or the 2021 Azure Arc extension, which current versions ignore; it is written where the tool cannot edit it (%2). Rename it by hand to &apos;%3&apos;.</source>
        <translation>&apos;%1&apos; ist eine Einstellung des 0.x-Helm-Charts oder der Azure Arc-Erweiterung von 2021, die aktuelle Versionen ignorieren; sie steht an einer Stelle, die das Tool nicht bearbeiten kann (%2). Benennen Sie sie von Hand in &apos;%3&apos; um.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 2021 Azure Arc gateway extension; the current extension reads &apos;%2&apos; instead and ignores the old name. Rename it.</source>
        <translation>&apos;%1&apos; ist eine Einstellung der Azure Arc-Gateway-Erweiterung von 2021; die aktuelle Erweiterung liest stattdessen &apos;%2&apos; und ignoriert den alten Namen. Benennen Sie sie um.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a value of the 0.x chart; chart 1.0.0 and later read &apos;%2&apos; instead and ignore the old name. Rename it (and install chart 1.x, whose images are v2).</source>
        <translation>&apos;%1&apos; ist ein Wert des 0.x-Charts; Chart 1.0.0 und höher lesen stattdessen &apos;%2&apos; und ignorieren den alten Namen. Benennen Sie ihn um (und installieren Sie Chart 1.x, dessen Images v2 sind).</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to a pinned 2.x.y gateway tag (the one chosen in the image step).</source>
        <translation>Das Gateway-Image &apos;%1&apos; wird aus %2 gebildet und daher hier nicht bearbeitet. Ändern Sie es von Hand dort, wo es festgelegt wird (%3), in ein festes 2.x.y-Gateway-Tag (das im Image-Schritt gewählte).</translation>
    </message>
    <message>
        <source>config.service.endpoint &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to the v2 configuration host: %4.</source>
        <translation>config.service.endpoint &apos;%1&apos; wird aus %2 gebildet und daher hier nicht bearbeitet. Ändern Sie ihn von Hand dort, wo er festgelegt wird (%3), in den v2-Konfigurationshost: %4.</translation>
    </message>
    <message>
        <source>%1 runs on %2, which has no Kubernetes securityContext (no runAsUser, no read-only root file system): the container runs as the image&apos;s own user with a writable file system, as v2 needs. Nothing to change for the security step.</source>
        <translation>%1 läuft auf %2, das keinen Kubernetes-securityContext hat (kein runAsUser, kein schreibgeschütztes Stammdateisystem): Der Container läuft als der eigene Benutzer des Images mit beschreibbarem Dateisystem, wie v2 es benötigt. Für den Sicherheitsschritt ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1 is shared through a YAML anchor or merge key with a field that is not this gateway&apos;s own, so it is not edited: the change would reach that field too. Give the gateway its own value (%2), then migrate again.</source>
        <translation>%1 wird über einen YAML-Anker oder Merge-Schlüssel mit einem Feld geteilt, das nicht zu diesem Gateway gehört, und wird daher nicht bearbeitet: Die Änderung würde auch dieses Feld erreichen. Geben Sie dem Gateway einen eigenen Wert (%2), und migrieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>These values are for chart %1, which has no securityContext value (it came with chart 1.1.0), so a securityContext here would have no effect. Upgrade the chart to 1.1.0 or later (chart 1.x uses gateway.configuration.uri and gateway.auth.key) and set securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false there.%2</source>
        <translation>Diese Werte sind für Chart %1, das keinen securityContext-Wert hat (er kam mit Chart 1.1.0), daher hätte ein securityContext hier keine Wirkung. Aktualisieren Sie das Chart auf 1.1.0 oder höher (Chart 1.x verwendet gateway.configuration.uri und gateway.auth.key), und legen Sie dort securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false fest.%2</translation>
    </message>
    <message>
        <source>The image comes from the registry &apos;%1&apos;, not from MCR: mirror the new tag there before you deploy (for example az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;), or the pods cannot pull it.</source>
        <translation>Das Image stammt aus der Registry &apos;%1&apos;, nicht aus MCR: Spiegeln Sie das neue Tag dorthin, bevor Sie bereitstellen (z. B. az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;), sonst können die Pods es nicht abrufen.</translation>
    </message>
    <message>
        <source>This file uses &apos;%1&apos;, which is outside the imported folder %2: it was not checked for gateway references, and copies of this folder alone will not work. Import %3, which holds both.</source>
        <translation>Diese Datei verwendet &apos;%1&apos;, das außerhalb des importierten Ordners %2 liegt: es wurde nicht auf Gateway-Verweise geprüft, und Kopien dieses Ordners allein funktionieren nicht. Importieren Sie %3, der beides enthält.</translation>
    </message>
    <message>
        <source>This kustomization builds on the remote base &apos;%1&apos;: its files were not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>Diese Kustomization baut auf der entfernten Basis &apos;%1&apos; auf: deren Dateien wurden nicht auf Gateway-Verweise geprüft. Wenn sie das Gateway bereitstellt, migrieren Sie sie dort, wo sie gepflegt wird.</translation>
    </message>
    <message>
        <source>This file uses the remote file &apos;%1&apos;: it was not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>Diese Datei verwendet die entfernte Datei &apos;%1&apos;: sie wurde nicht auf Gateway-Verweise geprüft. Wenn sie das Gateway bereitstellt, migrieren Sie sie dort, wo sie gepflegt wird.</translation>
    </message>
</context>
<context>
    <name>agm::FindingList</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>needs your answer</source>
        <translation>Antwort erforderlich</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Type the v2 configuration host here, for example contoso.configuration.azure-api.net</source>
        <translation>Geben Sie hier den v2-Konfigurationshost ein, zum Beispiel contoso.configuration.azure-api.net</translation>
    </message>
    <message>
        <source>Nothing to change in this step.</source>
        <translation>In diesem Schritt gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>change by hand</source>
        <translation>von Hand ändern</translation>
    </message>
    <message>
        <source>left on the v1 URL</source>
        <translation>auf der v1-URL belassen</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Each row is one change or piece of advice. Space switches a change on or off; F2 or Enter types the answer of a row that asks for one.</source>
        <translation>Jede Zeile ist eine Änderung oder ein Hinweis. Die Leertaste schaltet eine Änderung ein oder aus; F2 oder die Eingabetaste gibt die Antwort einer Zeile ein, die eine verlangt.</translation>
    </message>
    <message>
        <source>from recipe</source>
        <translation>aus dem Rezept</translation>
    </message>
    <message>
        <source>%1 · from recipe</source>
        <translation>%1 · aus dem Rezept</translation>
    </message>
    <message>
        <source>This choice comes from the recipe %1; change it here if it does not fit.</source>
        <translation>Diese Auswahl stammt aus dem Rezept %1; ändern Sie sie hier, wenn sie nicht passt.</translation>
    </message>
    <message>
        <source>Your answer “%1” is not used: %2.</source>
        <translation>Ihre Antwort „%1“ wird nicht verwendet: %2.</translation>
    </message>
    <message>
        <source>Apply: on</source>
        <translation>Anwenden: ein</translation>
    </message>
    <message>
        <source>Apply: off</source>
        <translation>Anwenden: aus</translation>
    </message>
    <message>
        <source>Space switches this change on or off</source>
        <translation>Die Leertaste schaltet diese Änderung ein oder aus</translation>
    </message>
    <message>
        <source>Explanation of the selected change</source>
        <translation>Erläuterung der ausgewählten Änderung</translation>
    </message>
</context>
<context>
    <name>agm::ImagePage</name>
    <message>
        <source>pinned</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>rollierend</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>gleitend</translation>
    </message>
    <message>
        <source>legacy v0/v1</source>
        <translation>veraltet v0/v1</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Rolling tags move to every new 2.x release; replicas can end up on different versions. Pin an exact version for production.</source>
        <translation>Rollierende Tags wandern mit jedem neuen 2.x-Release mit; Replikate können so unterschiedliche Versionen ausführen. Legen Sie für die Produktion eine exakte Version fest.</translation>
    </message>
    <message>
        <source>Preview images are not supported in production.</source>
        <translation>Vorschauimages werden in der Produktion nicht unterstützt.</translation>
    </message>
    <message>
        <source>Floating tags like &apos;latest&apos; can jump to another major version without notice (&apos;latest&apos; moved from v1 to v2 in 2022).</source>
        <translation>Gleitende Tags wie &apos;latest&apos; können ohne Vorwarnung auf eine andere Hauptversion springen (&apos;latest&apos; wechselte 2022 von v1 zu v2).</translation>
    </message>
    <message>
        <source>This is a v0/v1 image: it no longer receives configuration. Choose a 2.x.y tag.</source>
        <translation>Dies ist ein v0/v1-Image: Es erhält keine Konfiguration mehr. Wählen Sie ein 2.x.y-Tag aus.</translation>
    </message>
    <message>
        <source>This is not one of the documented tag conventions; check that the tag exists.</source>
        <translation>Dieses Tag entspricht keiner der dokumentierten Tag-Konventionen; prüfen Sie, ob es existiert.</translation>
    </message>
    <message>
        <source>Every gateway image found in your files is listed. Choose the 2.x.y tag they should all run; the registry host of each reference is kept.</source>
        <translation>Alle in Ihren Dateien gefundenen Gatewayimages werden aufgeführt. Wählen Sie das 2.x.y-Tag aus, das alle verwenden sollen; der Registry-Host jedes Verweises bleibt erhalten.</translation>
    </message>
    <message>
        <source>Image references</source>
        <translation>Imageverweise</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Available tags</source>
        <translation>Verfügbare Tags</translation>
    </message>
    <message>
        <source>or type a tag, e.g. 2.11.1</source>
        <translation>oder Tag eingeben, z. B. 2.11.1</translation>
    </message>
    <message>
        <source>Custom tag</source>
        <translation>Benutzerdefiniertes Tag</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the current tag list from the registry</source>
        <translation>Aktuelle Tagliste aus der Registry abrufen</translation>
    </message>
    <message>
        <source>Ask the registry for the digest of the chosen tag and write tag@sha256:...</source>
        <translation>Den Digest des ausgewählten Tags bei der Registry abfragen und tag@sha256:... schreiben</translation>
    </message>
    <message>
        <source>&amp;Target tag:</source>
        <translation>Zie&amp;l-Tag:</translation>
    </message>
    <message>
        <source>C&amp;ustom tag:</source>
        <translation>&amp;Benutzerdefiniertes Tag:</translation>
    </message>
    <message>
        <source>Pinning by digest failed: %1</source>
        <translation>Fehler beim Festlegen per Digest: %1</translation>
    </message>
    <message>
        <source>Fetching the tag list from %1…</source>
        <translation>Tagliste wird von %1 abgerufen…</translation>
    </message>
    <message>
        <source>Asking the registry for the digest of %1…</source>
        <translation>Digest von %1 wird bei der Registry abgefragt…</translation>
    </message>
    <message>
        <source>Tag list: %1.</source>
        <translation>Tagliste: %1.</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the tag list.</source>
        <translation>&apos;%1&apos; ist nicht in der Tagliste enthalten.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Pin the container image</source>
        <translation>Container-Image festlegen</translation>
    </message>
    <message>
        <source>Pin by &amp;digest</source>
        <translation>Per &amp;Digest festlegen</translation>
    </message>
    <message>
        <source>Use this floating tag an&amp;yway</source>
        <translation>Dieses gleitende Tag trotzdem &amp;verwenden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag.</source>
        <translation>&apos;%1&apos; ist kein gültiges Image-Tag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a 2.x.y version. Choose a pinned tag such as %2.</source>
        <translation>&apos;%1&apos; ist keine 2.x.y-Version. Wählen Sie ein festes Tag wie %2.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Use this preview tag an&amp;yway</source>
        <translation>Dieses Vorschau-Tag trotzdem &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>agm::ImportPage</name>
    <message>
        <source>Import deployment files</source>
        <translation>Bereitstellungsdateien importieren</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Zuletzt &amp;verwendet</translation>
    </message>
    <message>
        <source>Recent locations</source>
        <translation>Zuletzt verwendete Orte</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Add deployment files</source>
        <translation>Bereitstellungsdateien hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Import cancelled; the files read so far are listed.</source>
        <translation>Import abgebrochen; die bis dahin gelesenen Dateien werden angezeigt.</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Add the files that deploy the gateway to continue.</source>
        <translation>Fügen Sie die Dateien hinzu, mit denen das Gateway bereitgestellt wird, um fortzufahren.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. Kubernetes YAML and JSON, Helm values (also in Flux and Argo CD), Kustomize, compose, env files, scripts, Dockerfiles, CI workflows, Terraform, Bicep and ARM are recognised by their content; any other text file is scanned for gateway references.</source>
        <translation>Legen Sie hier Dateien oder Ordner ab, oder fügen Sie sie mit den Schaltflächen hinzu. Kubernetes-YAML und -JSON, Helm-Werte (auch in Flux und Argo CD), Kustomize, Compose, env-Dateien, Skripts, Dockerfiles, CI-Workflows, Terraform, Bicep und ARM werden an ihrem Inhalt erkannt; jede andere Textdatei wird nach Gateway-Verweisen durchsucht.</translation>
    </message>
    <message>
        <source>Deployment files (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;All files (*)</source>
        <translation>Bereitstellungsdateien (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Each imported file with its format and where it stands; problems are listed under the file.</source>
        <translation>Jede importierte Datei mit ihrem Format und ihrem Stand; Probleme werden unter der Datei aufgeführt.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Nothing here can be migrated by the tool; go on to export the report of what is not done.</source>
        <translation>Nichts hiervon kann das Tool migrieren; fahren Sie fort, um den Bericht über das nicht Erledigte zu exportieren.</translation>
    </message>
    <message>
        <source>Files that could not be read and references to change by hand are not migrated; the next pages and the reports list each one.</source>
        <translation>Dateien, die nicht gelesen werden konnten, und von Hand zu ändernde Verweise werden nicht migriert; die nächsten Seiten und die Berichte führen jedes einzeln auf.</translation>
    </message>
</context>
<context>
    <name>agm::Ledger</name>
    <message>
        <source>%n file(s)</source>
        <translation>%n Datei(en)</translation>
    </message>
</context>
<context>
    <name>agm::MigrationSession</name>
    <message>
        <source>%n endpoint answer(s)</source>
        <translation>%n Endpunktantwort(en)</translation>
    </message>
    <message>
        <source>%n change(s) switched off</source>
        <translation>%n Änderung(en) ausgeschaltet</translation>
    </message>
    <message>
        <source>%n step(s) skipped</source>
        <translation>%n Schritt(e) übersprungen</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>das Image-Tag %1</translation>
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
        <translation>&amp;Info</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger text on every page, for projectors (Ctrl+Shift+P)</source>
        <translation>Größerer Text auf allen Seiten, für Projektoren (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host: select the row on the Endpoint page and press F2.</source>
        <translation>
            <numerusform>%n Endpunkt ohne v2-Host: Wählen Sie die Zeile auf der Seite „Endpunkt“ aus, und drücken Sie F2.</numerusform>
            <numerusform>%n Endpunkte ohne v2-Host: Wählen Sie die Zeile auf der Seite „Endpunkt“ aus, und drücken Sie F2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick “%1” to go on.</source>
        <translation>Aktivieren Sie „%1“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Add the files or folders to migrate and wait until they are read.</source>
        <translation>Fügen Sie die zu migrierenden Dateien oder Ordner hinzu, und warten Sie, bis sie gelesen sind.</translation>
    </message>
    <message>
        <source>This page is not complete yet.</source>
        <translation>Diese Seite ist noch nicht vollständig.</translation>
    </message>
    <message>
        <source>Discard your decisions?</source>
        <translation>Ihre Entscheidungen verwerfen?</translation>
    </message>
    <message>
        <source>Closing now discards what you decided (%1); nothing has been written.</source>
        <translation>Wenn Sie jetzt schließen, wird verworfen, was Sie entschieden haben (%1); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>agm::NextCommands</name>
    <message>
        <source>Remove the old gateway container first (docker rm -f with its name); the new one uses the same ports.</source>
        <translation>Entfernen Sie zuerst den alten Gateway-Container (docker rm -f mit seinem Namen); der neue verwendet dieselben Ports.</translation>
    </message>
    <message>
        <source>RELEASE is the name of the gateway&apos;s Helm release (helm list --all-namespaces shows it).</source>
        <translation>RELEASE ist der Name des Helm-Releases des Gateways (helm list --all-namespaces zeigt ihn an).</translation>
    </message>
    <message>
        <source>Its relative volume and build paths now resolve in %1: copy what they use there first.</source>
        <translation>Ihre relativen Volume- und Build-Pfade werden jetzt in %1 aufgelöst: kopieren Sie zuerst dorthin, was sie verwenden.</translation>
    </message>
</context>
<context>
    <name>agm::OpenItem</name>
    <message>
        <source>write: %1</source>
        <translation>schreiben: %1</translation>
    </message>
</context>
<context>
    <name>agm::Reader</name>
    <message>
        <source>unexpected text after the end of the recipe</source>
        <translation>unerwarteter Text nach dem Ende des Rezepts</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected &apos;%1&apos;</source>
        <translation>das Rezept endet zu früh; &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a value</source>
        <translation>das Rezept endet zu früh; Wert erwartet</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a key</source>
        <translation>das Rezept endet zu früh; Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>Ziffer erwartet</translation>
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation>vier Hexadezimalziffern nach \u erwartet</translation>
    </message>
    <message>
        <source>the recipe ends inside a string</source>
        <translation>das Rezept endet innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>a control character inside a string; write it as an escape</source>
        <translation>ein Steuerzeichen in einer Zeichenkette; schreiben Sie es als Escape</translation>
    </message>
    <message>
        <source>expected a low surrogate (\u) after a high one</source>
        <translation>ein Low-Surrogate (\u) nach einem High-Surrogate erwartet</translation>
    </message>
    <message>
        <source>a lone surrogate in \u escapes</source>
        <translation>ein einzelnes Surrogate in \u-Escapes</translation>
    </message>
    <message>
        <source>an unknown escape in a string</source>
        <translation>ein unbekanntes Escape in einer Zeichenkette</translation>
    </message>
</context>
<context>
    <name>agm::Recipe</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
</context>
<context>
    <name>agm::RecipeOriginLabel</name>
    <message>
        <source>Choices from the recipe</source>
        <translation>Auswahl aus dem Rezept</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>das Image-Tag %1</translation>
    </message>
    <message>
        <source>the %1 step is skipped</source>
        <translation>der Schritt %1 wird übersprungen</translation>
    </message>
    <message>
        <source>The decisions of the recipe %1 apply to the files you import.</source>
        <translation>Die Entscheidungen des Rezepts %1 gelten für die Dateien, die Sie importieren.</translation>
    </message>
    <message>
        <source>From the recipe %1: %2.</source>
        <translation>Aus dem Rezept %1: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>agm::Report</name>
    <message>
        <source>Self-hosted gateway migration report</source>
        <translation>Migrationsbericht für das selbstgehostete Gateway</translation>
    </message>
    <message>
        <source>- Tool: apim-gateway-migrator %1
</source>
        <translation>- Tool: apim-gateway-migrator %1
</translation>
    </message>
    <message>
        <source>- Target image tag: `%1` (tag list: %2)
</source>
        <translation>- Ziel-Image-Tag: `%1` (Tagliste: %2)
</translation>
    </message>
    <message>
        <source>## `%1`

%2, %3, %4 line endings. </source>
        <translation>## `%1`

%2, %3, Zeilenenden: %4. </translation>
    </message>
    <message>
        <source>| Line | Step | Status | Where | Change | Why |</source>
        <translation>| Zeile | Schritt | Status | Stelle | Änderung | Grund |</translation>
    </message>
    <message>
        <source>&lt;li&gt;Tool: apim-gateway-migrator %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Tool: apim-gateway-migrator %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Target image tag: &lt;code&gt;%1&lt;/code&gt; (tag list: %2)&lt;/li&gt;</source>
        <translation>&lt;li&gt;Ziel-Image-Tag: &lt;code&gt;%1&lt;/code&gt; (Tagliste: %2)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2, %3, %4 line endings. %5&lt;/p&gt;
</source>
        <translation>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2, %3, Zeilenenden: %4. %5&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;Step&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;th&gt;Change&lt;/th&gt;&lt;th&gt;Why&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th&gt;Zeile&lt;/th&gt;&lt;th&gt;Schritt&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Stelle&lt;/th&gt;&lt;th&gt;Änderung&lt;/th&gt;&lt;th&gt;Grund&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>Connectivity checks</source>
        <translation>Konnektivitätsprüfungen</translation>
    </message>
    <message>
        <source>Run %1 from the computer that ran the wizard (%2): %3.

</source>
        <translation>Ausgeführt am %1 auf dem Computer, auf dem der Assistent lief (%2): %3.

</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>A check failed; the operator acknowledged it and exported anyway.</source>
        <translation>Eine Prüfung ist fehlgeschlagen; der Bediener hat dies bestätigt und trotzdem exportiert.</translation>
    </message>
    <message>
        <source>| Endpoint | Status | DNS | TCP | TLS | HTTP | Proxy | Details |</source>
        <translation>| Endpunkt | Status | DNS | TCP | TLS | HTTP | Proxy | Details |</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>Doku</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The connectivity checks were not run: DNS, TCP, TLS and HTTP to the v2 configuration host are unverified.</source>
        <translation>Die Konnektivitätsprüfungen wurden nicht ausgeführt: DNS, TCP, TLS und HTTP zum v2-Konfigurationshost sind nicht überprüft.</translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>Die Konnektivitätsprüfungen konnten nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>Acknowledged by the operator, who exported anyway.</source>
        <translation>Vom Bediener bestätigt, der trotzdem exportiert hat.</translation>
    </message>
    <message>
        <source>- Files: %1, edits: %2, open questions: %3
</source>
        <translation>- Dateien: %1, Änderungen: %2, offene Fragen: %3
</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>&lt;li&gt;Files: %1, edits: %2, open questions: %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Dateien: %1, Änderungen: %2, offene Fragen: %3&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>agm::ReviewPage</name>
    <message>
        <source>Review every change</source>
        <translation>Alle Änderungen überprüfen</translation>
    </message>
    <message>
        <source>Pick a file to see its changes side by side. Untick a change to leave it out; the diff follows at once.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Änderungen nebeneinander zu sehen. Deaktivieren Sie eine Änderung, um sie auszulassen; der Vergleich wird sofort aktualisiert.</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>Änderungen in dieser Datei</translation>
    </message>
    <message>
        <source>Side-by-side diff</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse &amp;anzeigen</translation>
    </message>
    <message>
        <source>Shows tokens and keys in the diff. They stay masked in reports and exports.</source>
        <translation>Zeigt Token und Schlüssel im Vergleich an. In Berichten und Exporten bleiben sie maskiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 line endings</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · Zeilenenden: %4</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>Show gateway tokens and keys in the diff? Anyone who can see your screen will see them. Reports and exported files keep them masked.</source>
        <translation>Gatewaytoken und -schlüssel im Vergleich anzeigen? Jeder, der Ihren Bildschirm sehen kann, sieht sie dann. In Berichten und exportierten Dateien bleiben sie maskiert.</translation>
    </message>
    <message>
        <source>Files about the gateway</source>
        <translation>Dateien zum Gateway</translation>
    </message>
    <message>
        <source>Not done in this file</source>
        <translation>In dieser Datei nicht erledigt</translation>
    </message>
    <message>
        <source>Preparing the diff of %1…</source>
        <translation>Diff von %1 wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>agm::SecurityPage</name>
    <message>
        <source>The v2 gateway runs as user 1001 and writes CA certificates at start-up, so each gateway container needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false. Other fields are kept.</source>
        <translation>Das v2-Gateway läuft als Benutzer 1001 und schreibt beim Start CA-Zertifikate; jeder Gatewaycontainer benötigt daher runAsNonRoot: true, runAsUser: 1001 und readOnlyRootFilesystem: false. Andere Felder bleiben erhalten.</translation>
    </message>
    <message>
        <source>Security context changes</source>
        <translation>Änderungen am Sicherheitskontext</translation>
    </message>
    <message>
        <source>Advice rows (probe path, capabilities, hostAliases, backups, tokens) come from the production guidance; switch any change off that you do not want.</source>
        <translation>Hinweiszeilen (Pfad des Integritätstests, Capabilities, hostAliases, Sicherungen, Token) stammen aus der Anleitung für die Produktion; deaktivieren Sie jede Änderung, die Sie nicht möchten.</translation>
    </message>
    <message>
        <source>Add the security context</source>
        <translation>Sicherheitskontext hinzufügen</translation>
    </message>
</context>
<context>
    <name>agm::SideBySideDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Go to the previous change</source>
        <translation>Zur vorherigen Änderung wechseln</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Go to the next change</source>
        <translation>Zur nächsten Änderung wechseln</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Standardtextgröße</translation>
    </message>
    <message>
        <source>Fold Unchanged Lines</source>
        <translation>Unverändertes einklappen</translation>
    </message>
    <message>
        <source>Fold long runs of unchanged lines</source>
        <translation>Lange Folgen unveränderter Zeilen einklappen</translation>
    </message>
    <message numerus="yes">
        <source>Fold runs of unchanged lines, keeping %n line(s) of context around each change</source>
        <translation>
            <numerusform>Folgen unveränderter Zeilen einklappen; um jede Änderung bleibt %n Kontextzeile sichtbar</numerusform>
            <numerusform>Folgen unveränderter Zeilen einklappen; um jede Änderung bleiben %n Kontextzeilen sichtbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Text size; Ctrl+0 resets it</source>
        <translation>Textgröße; Strg+0 setzt sie zurück</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <source>Migrated text</source>
        <translation>Migrierter Text</translation>
    </message>
    <message>
        <source>Scroll both texts</source>
        <translation>Beide Texte scrollen</translation>
    </message>
    <message>
        <source>Scroll long lines</source>
        <translation>Lange Zeilen scrollen</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migriert</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so files are shown without token colours</source>
        <translation>KSyntaxHighlighting ist in diesem Build nicht verfügbar; Dateien werden daher ohne Syntaxhervorhebung angezeigt</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so %1 is shown without token colours</source>
        <translation>KSyntaxHighlighting ist in diesem Build nicht verfügbar; %1 wird daher ohne Syntaxhervorhebung angezeigt</translation>
    </message>
    <message>
        <source>Token colours by KSyntaxHighlighting %1</source>
        <translation>Syntaxhervorhebung durch KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 has no syntax definition for %2, so it is shown without token colours</source>
        <translation>KSyntaxHighlighting %1 hat keine Syntaxdefinition für %2; die Datei wird daher ohne Syntaxhervorhebung angezeigt</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB, so it is shown without %2 colours (KSyntaxHighlighting %3)</source>
        <translation>%1 ist größer als 10 MB und wird daher ohne %2-Hervorhebung angezeigt (KSyntaxHighlighting %3)</translation>
    </message>
    <message>
        <source>%1 colours by KSyntaxHighlighting %2</source>
        <translation>%1-Hervorhebung durch KSyntaxHighlighting %2</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>Lange Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <source>Wrap lines wider than the pane instead of scrolling sideways</source>
        <translation>Zeilen, die breiter als der Bereich sind, umbrechen statt seitlich zu scrollen</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;Einspaltig</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Too narrow for two panes here: widen the window or zoom out for side by side</source>
        <translation>Zu schmal für zwei Bereiche: Vergrößern Sie das Fenster, oder verkleinern Sie die Ansicht für die Ansicht nebeneinander</translation>
    </message>
    <message>
        <source>One column: each changed line as removed, then as added</source>
        <translation>Eine Spalte: jede geänderte Zeile als entfernt, dann als hinzugefügt</translation>
    </message>
    <message>
        <source>Original and migrated text, inline</source>
        <translation>Originaler und migrierter Text, einspaltig</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>agm::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: current</source>
        <translation>%1: aktuell</translation>
    </message>
    <message>
        <source>%1: blocked</source>
        <translation>%1: blockiert</translation>
    </message>
    <message>
        <source>%1: to do</source>
        <translation>%1: zu erledigen</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation>Schritt %1 von %2, %3</translation>
    </message>
</context>
<context>
    <name>agm::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Originals kept as:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Originale aufbewahrt als:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Berichte:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next, after a new gateway token if yours has expired:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Nächste Schritte (vorher ein neues Gatewaytoken erstellen, falls Ihres abgelaufen ist):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;check the gateway&apos;s status in the Azure portal (Gateways &amp;gt; your gateway)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;den Status des Gateways im Azure-Portal prüfen (Gateways &amp;gt; Ihr Gateway)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>%n Änderung nach &lt;b&gt;%1&lt;/b&gt; geschrieben.</numerusform>
            <numerusform>%n Änderungen nach &lt;b&gt;%1&lt;/b&gt; geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written in place.</source>
        <translation>
            <numerusform>%n Änderung an Ort und Stelle geschrieben.</numerusform>
            <numerusform>%n Änderungen an Ort und Stelle geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Check these files:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prüfen Sie diese Dateien:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Der Ordner %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No file manager opened the folder. It is: %1</source>
        <translation>Kein Dateimanager hat den Ordner geöffnet. Er lautet: %1</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the commands above to the clipboard, one a line</source>
        <translation>Kopiert die obigen Befehle in die Zwischenablage, einen pro Zeile</translation>
    </message>
    <message>
        <source>Written, but not everything is migrated</source>
        <translation>Geschrieben, aber nicht alles ist migriert</translation>
    </message>
    <message numerus="yes">
        <source>Not done (%n item(s)); the report lists each one:</source>
        <translation>
            <numerusform>Nicht erledigt (%n Element); der Bericht führt es auf:</numerusform>
            <numerusform>Nicht erledigt (%n Elemente); der Bericht führt jedes einzeln auf:</numerusform>
        </translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>Die Konnektivitätsprüfungen konnten nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>&lt;li&gt;change the items under Not done by hand, or fix the files that could not be read and run the migration again&lt;/li&gt;</source>
        <translation>&lt;li&gt;ändern Sie die Elemente unter „Nicht erledigt“ von Hand, oder korrigieren Sie die Dateien, die nicht gelesen werden konnten, und führen Sie die Migration erneut aus&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports, in &lt;code&gt;%1&lt;/code&gt;:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Berichte, in &lt;code&gt;%1&lt;/code&gt;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>agm::WelcomePage</name>
    <message>
        <source>Move your self-hosted gateway to v2</source>
        <translation>Selbstgehostetes Gateway auf v2 umstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Azure API Management retired the v0 and v1 self-hosted gateway images and the Configuration API v1 on &lt;b&gt;1 October 2023&lt;/b&gt;. Gateways still on them stop receiving configuration. This wizard reads the files you deploy the gateway with and makes the three changes v2 needs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Image&lt;/b&gt;: pin an exact 2.x.y tag from the Microsoft Container Registry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint&lt;/b&gt;: point &lt;code&gt;config.service.endpoint&lt;/code&gt; at &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Security context&lt;/b&gt;: run as user 1001 with a writable root file system.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only the bytes these changes need are touched: comments, quotes, indentation and line endings stay as they are. You review every change side by side before anything is written, your originals are never modified unless you ask for it, and tokens stay masked.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;migration guide&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;retirement notice&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;production guidance&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Azure API Management hat die Images v0 und v1 des selbstgehosteten Gateways sowie die Konfigurations-API v1 am &lt;b&gt;1. Oktober 2023&lt;/b&gt; eingestellt. Gateways, die noch darauf laufen, erhalten keine Konfiguration mehr. Dieser Assistent liest die Dateien, mit denen Sie das Gateway bereitstellen, und nimmt die drei Änderungen vor, die v2 erfordert:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Image&lt;/b&gt;: ein exaktes 2.x.y-Tag aus der Microsoft Container Registry festlegen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpunkt&lt;/b&gt;: &lt;code&gt;config.service.endpoint&lt;/code&gt; auf &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt; verweisen lassen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sicherheitskontext&lt;/b&gt;: als Benutzer 1001 mit beschreibbarem Stammdateisystem ausführen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nur die Bytes, die diese Änderungen erfordern, werden angetastet: Kommentare, Anführungszeichen, Einrückung und Zeilenenden bleiben unverändert. Sie prüfen jede Änderung in der Ansicht nebeneinander, bevor etwas geschrieben wird, Ihre Originale werden nur auf Ihren Wunsch geändert, und Token bleiben maskiert.&lt;/p&gt;&lt;p&gt;Dokumentation: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;Migrationsleitfaden&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;Ankündigung der Einstellung&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;Anleitung für die Produktion&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Loads a training set: a Contoso gateway deployed with Kubernetes YAML, Docker, Helm and compose.</source>
        <translation>Lädt Übungsdateien: ein Contoso-Gateway, bereitgestellt mit Kubernetes-YAML, Docker, Helm und Compose.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The training set could not be prepared in a temporary folder.</source>
        <translation>Die Übungsdateien konnten nicht in einem temporären Ordner vorbereitet werden.</translation>
    </message>
    <message>
        <source>The demo loads a Contoso gateway deployed four ways (Kubernetes, Docker, Helm, compose). Or press Next to import your own files.</source>
        <translation>Die Demo lädt ein Contoso-Gateway, das auf vier Arten bereitgestellt wird (Kubernetes, Docker, Helm, Compose). Oder klicken Sie auf „Weiter“, um Ihre eigenen Dateien zu importieren.</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>Von einem &amp;Rezept starten…</translation>
    </message>
    <message>
        <source>Opens a migration recipe (migration-recipe.json): the decisions of an earlier migration, applied to the files you import next.</source>
        <translation>Öffnet ein Migrationsrezept (migration-recipe.json): die Entscheidungen einer früheren Migration, angewendet auf die Dateien, die Sie als Nächstes importieren.</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Von einem Rezept starten</translation>
    </message>
    <message>
        <source>Recipes (*.json);;All files (*)</source>
        <translation>Rezepte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This recipe cannot be used:
%1

Fix it, or export a new one from the wizard.</source>
        <translation>Dieses Rezept kann nicht verwendet werden:
%1

Korrigieren Sie es, oder exportieren Sie ein neues aus dem Assistenten.</translation>
    </message>
    <message>
        <source>A recipe replays the decisions of an earlier migration (image tag, endpoint answers, changes left out) on other copies of the files; the pages mark every choice that came from it.</source>
        <translation>Ein Rezept wendet die Entscheidungen einer früheren Migration (Image-Tag, Endpunktantworten, ausgelassene Änderungen) erneut auf andere Kopien der Dateien an; die Seiten kennzeichnen jede Auswahl, die daraus stammt.</translation>
    </message>
</context>
<context>
    <name>agm::app</name>
    <message>
        <source>apim-gateway-migrator: unknown command &apos;%1&apos;.
</source>
        <translation>apim-gateway-migrator: Unbekannter Befehl &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>Plan and apply the self-hosted gateway v2 migration without a GUI.
Without --out, --in-place or --check it prints the unified diff (secrets masked) and writes nothing.</source>
        <translation>Plant die v2-Migration des selbstgehosteten Gateways und wendet sie ohne GUI an.
Ohne --out, --in-place oder --check wird der Unified Diff (mit maskierten Geheimnissen) ausgegeben und nichts geschrieben.</translation>
    </message>
    <message>
        <source>Deployment files or folders.</source>
        <translation>Bereitstellungsdateien oder -ordner.</translation>
    </message>
    <message>
        <source>Target image tag (default: the recommended pinned 2.x.y of the tag list).</source>
        <translation>Ziel-Image-Tag (Standard: das empfohlene feste 2.x.y-Tag der Tagliste).</translation>
    </message>
    <message>
        <source>v2 configuration host where it cannot be derived (custom domain, placeholder).</source>
        <translation>v2-Konfigurationshost, wo er sich nicht ableiten lässt (benutzerdefinierte Domäne, Platzhalter).</translation>
    </message>
    <message>
        <source>Write migrated copies under DIR, mirroring the inputs&apos; layout.</source>
        <translation>Migrierte Kopien unter DIR schreiben, mit derselben Ordnerstruktur wie die Eingaben.</translation>
    </message>
    <message>
        <source>Rewrite the inputs, keeping .bak copies of the originals.</source>
        <translation>Eingaben überschreiben; die Originale bleiben als .bak-Kopien erhalten.</translation>
    </message>
    <message>
        <source>Skip a step: image, endpoint, security or extras (repeatable).</source>
        <translation>Einen Schritt überspringen: image, endpoint, security oder extras (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Change nothing; exit 1 if anything still needs migration.</source>
        <translation>Nichts ändern; Exitcode 1, wenn noch etwas migriert werden muss.</translation>
    </message>
    <message>
        <source>Print the plan as JSON on stdout.</source>
        <translation>Den Plan als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
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
        <translation>Führen Sie &apos;apim-gateway-migrator migrate --help&apos; aus.
</translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation>Geben Sie mindestens eine Datei oder einen Ordner an.</translation>
    </message>
    <message>
        <source>--out, --in-place and --check exclude each other.</source>
        <translation>--out, --in-place und --check schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--json prints the plan instead of writing; use --report FILE.json with --out or --in-place.</source>
        <translation>--json gibt den Plan aus, statt zu schreiben; verwenden Sie --report FILE.json mit --out oder --in-place.</translation>
    </message>
    <message>
        <source>--skip %1: use image, endpoint, security or extras.</source>
        <translation>--skip %1: Verwenden Sie image, endpoint, security oder extras.</translation>
    </message>
    <message>
        <source>the tag list (%1) has no pinned 2.x.y tag; give one with --tag.</source>
        <translation>Die Tagliste (%1) enthält kein festes 2.x.y-Tag; geben Sie eines mit --tag an.</translation>
    </message>
    <message>
        <source>--tag %1 is not a valid image tag.</source>
        <translation>--tag %1 ist kein gültiges Image-Tag.</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2); check that it exists.
</source>
        <translation>Warnung: Das Tag %1 ist nicht in der Tagliste (%2) enthalten; prüfen Sie, ob es existiert.
</translation>
    </message>
    <message>
        <source>warning: %1 is not a pinned 2.x.y tag; production deployments should pin one.
</source>
        <translation>Warnung: %1 ist kein festes 2.x.y-Tag; Produktionsbereitstellungen sollten ein festes Tag verwenden.
</translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: Fehler: %2
</translation>
    </message>
    <message>
        <source>%1: question: %2
</source>
        <translation>%1: Frage: %2
</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: Warnung: %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>kept the original as %1
</source>
        <translation>Original aufbewahrt als %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>--tags-url: %1.</source>
        <translation>--tags-url: %1.</translation>
    </message>
    <message>
        <source>--ca-file %1: no such file.</source>
        <translation>--ca-file %1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>--timeout %1: give the seconds to wait, more than 0 and at most 3600.</source>
        <translation>--timeout %1: Geben Sie die Wartezeit in Sekunden an (größer als 0 und höchstens 3600).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>  (recommended)</source>
        <translation>  (empfohlen)</translation>
    </message>
    <message>
        <source>Read the tag list (MCR tags/list JSON, or the JSON of &apos;tags --json&apos;) from FILE.</source>
        <translation>Tagliste aus FILE lesen (JSON von MCR tags/list oder das JSON von &apos;tags --json&apos;).</translation>
    </message>
    <message>
        <source>Tag list URL of a registry that mirrors the image (default: MCR). https only; plain http only for loopback hosts.</source>
        <translation>Taglisten-URL einer Registry, die das Image spiegelt (Standard: MCR). Nur https; unverschlüsseltes http nur für Loopback-Hosts.</translation>
    </message>
    <message>
        <source>No network: the cached tag list (of --tags-url, default MCR), then the bundled snapshot.</source>
        <translation>Kein Netzwerk: die zwischengespeicherte Tagliste (von --tags-url, Standard: MCR), danach der mitgelieferte Snapshot.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (for a private registry).</source>
        <translation>Zusätzlich den CA-Zertifikaten in PEM vertrauen (für eine private Registry).</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only, never HTTP/2.</source>
        <translation>Nur HTTP/1.1 verwenden, niemals HTTP/2.</translation>
    </message>
    <message>
        <source>Give up on the registry after SEC seconds (default 60).</source>
        <translation>Registry-Anfragen nach SEC Sekunden abbrechen (Standard: 60).</translation>
    </message>
    <message>
        <source>--tags-file %1: %2. Expected the JSON of GET /v2/azure-api-management/gateway/tags/list.</source>
        <translation>--tags-file %1: %2. Erwartet wird das JSON von GET /v2/azure-api-management/gateway/tags/list.</translation>
    </message>
    <message>
        <source>note: the live tag list failed: %1; using the %2.
</source>
        <translation>Hinweis: Abruf der Live-Tagliste fehlgeschlagen: %1; stattdessen verwendet: %2.
</translation>
    </message>
    <message>
        <source>note: offline: %1; using the %2.
</source>
        <translation>Hinweis: offline: %1; verwendet: %2.
</translation>
    </message>
    <message>
        <source>warning: %1.
</source>
        <translation>Warnung: %1.
</translation>
    </message>
    <message>
        <source>List the image tags of azure-api-management/gateway with their kind (pinned, preview, rolling, floating,
legacy, other) and the recommended pinned tag. By default the live MCR list; when the registry cannot be
reached, the cached list of the last live fetch, then the bundled snapshot (a note on stderr says so).
The cache lives in %1.</source>
        <translation>Listet die Image-Tags von azure-api-management/gateway mit ihrer Art (pinned, preview, rolling, floating,
legacy, other) und das empfohlene feste Tag auf. Standardmäßig die Live-Liste von MCR; ist die Registry
nicht erreichbar, die zwischengespeicherte Liste des letzten Live-Abrufs, danach der mitgelieferte Snapshot
(ein Hinweis auf stderr meldet das). Der Cache liegt in %1.</translation>
    </message>
    <message>
        <source>Print JSON: source, url, fetchedAt, recommended, tags [{name, kind}], and more.</source>
        <translation>JSON ausgeben: source, url, fetchedAt, recommended, tags [{name, kind}] und weitere Felder.</translation>
    </message>
    <message>
        <source>Also pin TAG by digest: ask the registry (of --tags-url, default MCR) for its manifest digest and print TAG@sha256:...</source>
        <translation>TAG zusätzlich per Digest festlegen: den Manifest-Digest bei der Registry (von --tags-url, Standard: MCR) abfragen und TAG@sha256:... ausgeben.</translation>
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
        <translation>Führen Sie &apos;apim-gateway-migrator tags --help&apos; aus.
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--digest asks the registry; it cannot be combined with --offline.</source>
        <translation>--digest fragt die Registry ab und kann nicht mit --offline kombiniert werden.</translation>
    </message>
    <message>
        <source>--digest %1 is not a valid tag name.</source>
        <translation>--digest %1 ist kein gültiger Tagname.</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2).
</source>
        <translation>Warnung: Das Tag %1 ist nicht in der Tagliste (%2) enthalten.
</translation>
    </message>
    <message>
        <source>--digest %1: %2</source>
        <translation>--digest %1: %2</translation>
    </message>
    <message>
        <source>source: %1
</source>
        <translation>Quelle: %1
</translation>
    </message>
    <message>
        <source>proxy: %1
</source>
        <translation>Proxy: %1
</translation>
    </message>
    <message>
        <source>digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>registry Last-Modified: %1
</source>
        <translation>Last-Modified der Registry: %1
</translation>
    </message>
    <message>
        <source>Check live that the endpoints the v2 gateway needs answer, layer by layer: DNS, TCP, TLS (certificate
details against the system&apos;s trust store plus --ca-file) and HTTP (any status means the endpoint
answers), through HTTPS_PROXY/NO_PROXY or the system proxy. The port defaults to 443. --from takes the
endpoints from deployment files: the v2 configuration host the migration writes.
Deadlines per layer: DNS 5 s, TCP 5 s per address, TLS 10 s, HTTP 30 s without data.
Exit codes: 0 all passed, 1 a check failed, 2 error.</source>
        <translation>Prüft live, ob die Endpunkte, die das v2-Gateway benötigt, antworten, Schicht für Schicht: DNS, TCP, TLS (Zertifikat-
details gegen den Vertrauensspeicher des Systems plus --ca-file) und HTTP (jeder Status bedeutet, dass der Endpunkt
antwortet), über HTTPS_PROXY/NO_PROXY oder den Systemproxy. Der Port ist standardmäßig 443. --from entnimmt die
Endpunkte Bereitstellungsdateien: den v2-Konfigurationshost, den die Migration schreibt.
Fristen pro Schicht: DNS 5 s, TCP 5 s pro Adresse, TLS 10 s, HTTP 30 s ohne Daten.
Exitcodes: 0 alle bestanden, 1 eine Prüfung fehlgeschlagen, 2 Fehler.</translation>
    </message>
    <message>
        <source>An endpoint to check, e.g. contoso.configuration.azure-api.net.</source>
        <translation>Ein zu prüfender Endpunkt, z. B. contoso.configuration.azure-api.net.</translation>
    </message>
    <message>
        <source>Check the endpoints of the deployment files or folder PATH (repeatable).</source>
        <translation>Die Endpunkte der Bereitstellungsdateien oder des Ordners PATH prüfen (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Resolve through the DNS server IP (port 53) instead of the system resolver, e.g. for a private DNS zone.</source>
        <translation>Namen über den DNS-Server IP (Port 53) statt über den System-Resolver auflösen, z. B. für eine private DNS-Zone.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (a TLS-inspecting proxy&apos;s or a private CA).</source>
        <translation>Zusätzlich den CA-Zertifikaten in PEM vertrauen (die eines TLS-inspizierenden Proxys oder einer privaten CA).</translation>
    </message>
    <message>
        <source>Give each layer at most SEC seconds (instead of 5, 5, 10 and 30).</source>
        <translation>Jeder Schicht höchstens SEC Sekunden geben (statt 5, 5, 10 und 30).</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}.</source>
        <translation>JSON ausgeben: {&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}.</translation>
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
        <translation>Führen Sie &apos;apim-gateway-migrator check --help&apos; aus.
</translation>
    </message>
    <message>
        <source>--dns-server %1: give the DNS server&apos;s IP address.</source>
        <translation>--dns-server %1: Geben Sie die IP-Adresse des DNS-Servers an.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: error: %3
</source>
        <translation>%1:%2: Fehler: %3
</translation>
    </message>
    <message>
        <source>note: not checked: %1
</source>
        <translation>Hinweis: nicht geprüft: %1
</translation>
    </message>
    <message>
        <source>give at least one HOST[:PORT] or --from PATH.</source>
        <translation>Geben Sie mindestens ein HOST[:PORT] oder --from PATH an.</translation>
    </message>
    <message>
        <source>no v2 configuration host to check in %1; name one as HOST.</source>
        <translation>kein zu prüfender v2-Konfigurationshost in %1; geben Sie einen als HOST an.</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>Was der Gateway-Pod (laut den Dateien) im Vergleich zu diesem Computer sehen wird:
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
        <translation>Aufruf:
  apim-gateway-migrator [--demo] [PATH...]          den Assistenten öffnen (vorab mit PATH oder den Übungsdateien geladen)
  apim-gateway-migrator migrate [Optionen] PATH...  die v2-Migration ohne GUI planen und anwenden
  apim-gateway-migrator tags [--tags-file FILE | --tags-url URL | --offline] [--json] [--digest TAG]
                                                    die Image-Tags auflisten (live von MCR, aus dem Cache oder aus dem mitgelieferten Snapshot)
  apim-gateway-migrator check [--dns-server IP] [--ca-file PEM] [--timeout SEC] [--json] (HOST[:PORT] | --from PATH)...
                                                    DNS, TCP, TLS und HTTP der Endpunkte prüfen, die das v2-Gateway benötigt
  apim-gateway-migrator --version | --help
Jeder Befehl akzeptiert --lang CODE (de, fr, ja, zh_CN; Standard: die Systemsprache).

Führen Sie &apos;apim-gateway-migrator migrate --help&apos;, &apos;tags --help&apos; oder &apos;check --help&apos; aus, um deren Optionen anzuzeigen.
Exitcodes: 0 Erfolg, 1 Änderungen ausstehend oder Fragen offen (--check) oder eine Prüfung fehlgeschlagen, 2 Fehler.
</translation>
    </message>
    <message>
        <source>Every command also accepts --verbose (-v): it logs each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.
</source>
        <translation>Jeder Befehl akzeptiert außerdem --verbose (-v): Damit wird jeder Schritt auf stderr protokolliert (gelesene Dateien, Befunde, Änderungen, Schreibvorgänge, Netzwerkanfragen); Geheimnisse werden nie protokolliert.
</translation>
    </message>
    <message>
        <source>Log each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.</source>
        <translation>Jeden Schritt auf stderr protokollieren (gelesene Dateien, Befunde, Änderungen, Schreibvorgänge, Netzwerkanfragen); Geheimnisse werden nie protokolliert.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>The wizard also accepts --recipe FILE: it starts from the decisions of a recipe (migration-recipe.json; see &apos;migrate --help&apos;).
</source>
        <translation>Der Assistent akzeptiert auch --recipe FILE: Er startet mit den Entscheidungen eines Rezepts (migration-recipe.json; siehe &apos;migrate --help&apos;).
</translation>
    </message>
    <message>
        <source>Start from the decisions of a recipe (migration-recipe.json).</source>
        <translation>Mit den Entscheidungen eines Rezepts starten (migration-recipe.json).</translation>
    </message>
    <message>
        <source>Fix the recipe, or start without --recipe.
</source>
        <translation>Korrigieren Sie das Rezept, oder starten Sie ohne --recipe.
</translation>
    </message>
    <message>
        <source>%1: files %2, pending %3, errors %4
</source>
        <translation>%1: Dateien %2, ausstehend %3, Fehler %4
</translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension: .md, .html, .json or .sarif (SARIF 2.1.0 for code scanning). An existing file is never replaced; with --out or --in-place the report is written only after the files.</source>
        <translation>Einen Bericht schreiben; das Format richtet sich nach der Erweiterung: .md, .html, .json oder .sarif (SARIF 2.1.0 für Code Scanning). Eine vorhandene Datei wird nie ersetzt; mit --out oder --in-place wird der Bericht erst nach den Dateien geschrieben.</translation>
    </message>
    <message>
        <source>Apply the decisions of a recipe (tag, endpoint answers, skipped steps, changes left out); --tag, --endpoint and --skip override it.</source>
        <translation>Die Entscheidungen eines Rezepts anwenden (Tag, Endpunktantworten, übersprungene Schritte, ausgelassene Änderungen); --tag, --endpoint und --skip setzen sie außer Kraft.</translation>
    </message>
    <message>
        <source>Write the recipe of this run&apos;s decisions to FILE (never replaces a file).</source>
        <translation>Das Rezept mit den Entscheidungen dieses Laufs in FILE schreiben (ersetzt nie eine Datei).</translation>
    </message>
    <message>
        <source>--endpoint %1 cannot be used: %2.</source>
        <translation>--endpoint %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html, .json or .sarif file name.</source>
        <translation>--report %1: Verwenden Sie einen Dateinamen mit .md, .html, .json oder .sarif.</translation>
    </message>
    <message>
        <source>--report %1 already exists; choose another name (nothing was written).</source>
        <translation>--report %1 ist bereits vorhanden; wählen Sie einen anderen Namen (es wurde nichts geschrieben).</translation>
    </message>
    <message>
        <source>--save-recipe %1 already exists; choose another name (nothing was written).</source>
        <translation>--save-recipe %1 ist bereits vorhanden; wählen Sie einen anderen Namen (es wurde nichts geschrieben).</translation>
    </message>
    <message>
        <source>migrate: fix the recipe (or write a new one with --save-recipe), then run again; nothing was written.
</source>
        <translation>migrate: Korrigieren Sie das Rezept (oder schreiben Sie mit --save-recipe ein neues), und führen Sie den Befehl dann erneut aus; es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>--tag %1 is a v0/v1 gateway image (or no 2.x.y version); give a pinned 2.x.y tag such as %2.</source>
        <translation>--tag %1 ist ein v0/v1-Gateway-Image (oder keine 2.x.y-Version); geben Sie ein festes 2.x.y-Tag wie %2 an.</translation>
    </message>
    <message>
        <source>%1:%2: note: %3
</source>
        <translation>%1:%2: Hinweis: %3
</translation>
    </message>
    <message>
        <source>%1: change by hand: %2
</source>
        <translation>%1: von Hand ändern: %2
</translation>
    </message>
    <message>
        <source>%1: left out (%2): %3
</source>
        <translation>%1: ausgelassen (%2): %3
</translation>
    </message>
    <message>
        <source>wrote the report %1
</source>
        <translation>Bericht %1 geschrieben
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
        <translation>Status: %1
</translation>
    </message>
    <message>
        <source>--tags-file excludes --tags-url.</source>
        <translation>--tags-file schließt --tags-url aus.</translation>
    </message>
    <message>
        <source>warning: %1; the registry was asked %2. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported): fix it or unset it.
</source>
        <translation>Warnung: %1; die Registry wurde %2 abgefragt. Eine Proxy-URL sieht aus wie http://HOST:PORT oder socks5h://HOST:PORT (https://-Proxy-URLs werden nicht unterstützt): Korrigieren Sie sie, oder entfernen Sie sie.
</translation>
    </message>
    <message>
        <source>through %1 instead</source>
        <translation>stattdessen über %1</translation>
    </message>
    <message>
        <source>without a proxy</source>
        <translation>ohne Proxy</translation>
    </message>
    <message>
        <source>apim-gateway-migrator: the wizard cannot open: its module %1 could not be loaded: %2
The installation is incomplete; reinstall APIM Gateway Migrator. The commands migrate, tags and check do not need the module.
</source>
        <translation>apim-gateway-migrator: der Assistent kann nicht starten: sein Modul %1 konnte nicht geladen werden: %2
Die Installation ist unvollständig; installieren Sie APIM Gateway Migrator neu. Die Befehle migrate, tags und check benötigen das Modul nicht.
</translation>
    </message>
    <message>
        <source>the network module %1 could not be loaded: %2. The installation is incomplete; reinstall APIM Gateway Migrator (--offline and --tags-file work without the module).</source>
        <translation>das Netzwerkmodul %1 konnte nicht geladen werden: %2. Die Installation ist unvollständig; installieren Sie APIM Gateway Migrator neu (--offline und --tags-file funktionieren ohne das Modul).</translation>
    </message>
</context>
<context>
    <name>agm::net</name>
    <message>
        <source>none (%1 matches %2)</source>
        <translation>keiner (%1 trifft auf %2 zu)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>system proxy %1</source>
        <translation>Systemproxy %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; ist keine absolute URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; enthält keinen Host</translation>
    </message>
    <message>
        <source>%1: credentials in the URL are not supported</source>
        <translation>%1: Anmeldeinformationen in der URL werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https</source>
        <translation>%1: Unverschlüsseltes http ist nur für Loopback-Hosts zulässig (127.0.0.1, ::1, localhost); verwenden Sie https</translation>
    </message>
    <message>
        <source>%1: only https URLs are supported</source>
        <translation>%1: Nur https-URLs werden unterstützt</translation>
    </message>
    <message>
        <source>refused to go from https to plain http (%1)</source>
        <translation>Wechsel von https zu unverschlüsseltem http abgelehnt (%1)</translation>
    </message>
    <message>
        <source>no cached tag list for %1</source>
        <translation>Keine zwischengespeicherte Tagliste für %1</translation>
    </message>
    <message>
        <source>cannot read the cached tag list %1 (%2)</source>
        <translation>Zwischengespeicherte Tagliste %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the cached tag list %1 is too large; delete it</source>
        <translation>Die zwischengespeicherte Tagliste %1 ist zu groß; löschen Sie sie</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: %2</source>
        <translation>Die zwischengespeicherte Tagliste %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: no valid &quot;fetchedAt&quot;</source>
        <translation>Die zwischengespeicherte Tagliste %1 ist beschädigt: kein gültiges &quot;fetchedAt&quot;</translation>
    </message>
    <message>
        <source>cannot create the cache folder %1</source>
        <translation>Cacheordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>not found; check the registry URL and repository name</source>
        <translation>nicht gefunden; prüfen Sie die Registry-URL und den Repositorynamen</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the registry failed; try again later</source>
        <translation>Fehler der Registry; versuchen Sie es später erneut</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>live from %1, fetched %2</source>
        <translation>live von %1, abgerufen am %2</translation>
    </message>
    <message>
        <source>cache of %1, fetched %2 (%3 ago)</source>
        <translation>Cache von %1, abgerufen am %2 (vor %3)</translation>
    </message>
    <message>
        <source>bundled snapshot of %1</source>
        <translation>mitgelieferter Snapshot vom %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s (the deadline)</source>
        <translation>%1: keine vollständige Antwort innerhalb der Frist von %2 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name</source>
        <translation>&apos;%1&apos; ist kein gültiger Tagname</translation>
    </message>
    <message>
        <source>%1 does not name a repository (expected https://HOST/v2/REPOSITORY/tags/list)</source>
        <translation>%1 bezeichnet kein Repository (erwartet: https://HOST/v2/REPOSITORY/tags/list)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>CA-Datei %1: Lesen nicht möglich (%2)</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>CA-Datei %1: enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>dieser Build unterstützt kein TLS</translation>
    </message>
    <message>
        <source>refused to send the registry token to another host (%1)</source>
        <translation>Senden des Registry-Tokens an einen anderen Host (%1) abgelehnt</translation>
    </message>
    <message>
        <source>%1: redirect refused: %2</source>
        <translation>%1: Umleitung abgelehnt: %2</translation>
    </message>
    <message>
        <source>the registry has no manifest for tag %1</source>
        <translation>die Registry hat kein Manifest für das Tag %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: no data for %2 s (inactivity timeout)</source>
        <translation>%1: seit %2 s keine Daten (Inaktivitätstimeout)</translation>
    </message>
    <message>
        <source>%1: TLS certificate not accepted (%2). TLS is never bypassed; a private CA can be trusted explicitly with a CA file.</source>
        <translation>%1: TLS-Zertifikat nicht akzeptiert (%2). TLS wird nie umgangen; einer privaten CA kann mit einer CA-Datei ausdrücklich vertraut werden.</translation>
    </message>
    <message>
        <source>%1: %2 (through %3)</source>
        <translation>%1: %2 (über %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the token service refused an anonymous token (HTTP 401)</source>
        <translation>%1: der Tokendienst hat ein anonymes Token verweigert (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: HTTP 401: the registry asks for %2 credentials; only anonymous access is supported</source>
        <translation>%1: HTTP 401: die Registry verlangt Anmeldeinformationen (%2); nur anonymer Zugriff wird unterstützt</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1: HTTP 401 even with an anonymous token: the repository needs credentials</source>
        <translation>%1: HTTP 401 selbst mit anonymem Token: das Repository erfordert Anmeldeinformationen</translation>
    </message>
    <message>
        <source>%1: token service refused: %2</source>
        <translation>%1: Tokendienst hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: the token service answered without a usable &quot;token&quot; or &quot;access_token&quot;</source>
        <translation>%1: der Tokendienst hat ohne verwendbares &quot;token&quot; oder &quot;access_token&quot; geantwortet</translation>
    </message>
    <message>
        <source>%1: HTTP 429 Too Many Requests: the registry is limiting requests</source>
        <translation>%1: HTTP 429 Too Many Requests: die Registry begrenzt die Anfragen</translation>
    </message>
    <message>
        <source>; it asks to retry after %1 s</source>
        <translation>; sie bittet, es nach %1 s erneut zu versuchen</translation>
    </message>
    <message>
        <source> (already retried once)</source>
        <translation> (bereits einmal wiederholt)</translation>
    </message>
    <message>
        <source> (longer than the deadline allows)</source>
        <translation> (länger, als die Frist erlaubt)</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>Seite %1 (%2): %3</translation>
    </message>
    <message>
        <source>page %1 (%2): more than %3 tags in all; refused</source>
        <translation>Seite %1 (%2): insgesamt mehr als %3 Tags; abgelehnt</translation>
    </message>
    <message>
        <source>page %1 (%2): next-page link refused: %3</source>
        <translation>Seite %1 (%2): Link zur nächsten Seite abgelehnt: %3</translation>
    </message>
    <message>
        <source>page %1 (%2): the next-page link leads back to %3</source>
        <translation>Seite %1 (%2): der Link zur nächsten Seite führt zurück zu %3</translation>
    </message>
    <message>
        <source>page %1 (%2): the list goes on beyond %3 pages; refused</source>
        <translation>Seite %1 (%2): die Liste geht über %3 Seiten hinaus; abgelehnt</translation>
    </message>
    <message>
        <source>%1: the registry sent no Docker-Content-Digest header</source>
        <translation>%1: die Registry hat keinen Docker-Content-Digest-Header gesendet</translation>
    </message>
    <message>
        <source>%1: Docker-Content-Digest &apos;%2&apos; is not sha256: and 64 lowercase hex digits</source>
        <translation>%1: Docker-Content-Digest &apos;%2&apos; besteht nicht aus sha256: und 64 kleingeschriebenen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>; no cached copy yet</source>
        <translation>; noch keine zwischengespeicherte Kopie</translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation>Lesen nicht möglich (%1)</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a tag list</source>
        <translation>größer als %1 MB; keine Tagliste</translation>
    </message>
    <message>
        <source>cannot write the tag cache: %1</source>
        <translation>Tag-Cache kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB; refused</source>
        <translation>die Antwort ist größer als %1 MB; abgelehnt</translation>
    </message>
    <message>
        <source>the answer is compressed as &apos;%1&apos;, which this program cannot read; a proxy may have changed it: check the proxy&apos;s settings</source>
        <translation>die Antwort ist als &apos;%1&apos; komprimiert, was dieses Programm nicht lesen kann; möglicherweise hat ein Proxy sie verändert: Prüfen Sie die Einstellungen des Proxys</translation>
    </message>
    <message>
        <source>the answer&apos;s %1 data is broken or cut short; try again, and if it persists check the proxy or the registry</source>
        <translation>die %1-Daten der Antwort sind beschädigt oder abgeschnitten; versuchen Sie es erneut, und prüfen Sie bei anhaltendem Fehler den Proxy oder die Registry</translation>
    </message>
    <message>
        <source>%1 (%2) ignored: not an http://, socks5:// or socks5h:// proxy URL</source>
        <translation>%1 (%2) ignoriert: keine http://-, socks5://- oder socks5h://-Proxy-URL</translation>
    </message>
    <message>
        <source>too many redirects (loop) at %1; check the tag list URL, or ask the registry&apos;s operator to fix its redirects</source>
        <translation>zu viele Umleitungen (Schleife) bei %1; prüfen Sie die URL der Tagliste, oder bitten Sie den Betreiber der Registry, die Umleitungen zu korrigieren</translation>
    </message>
    <message>
        <source>%1: redirect to a non-HTTP(S) URL refused (%2); check the tag list URL: it must lead to an https registry</source>
        <translation>%1: Umleitung auf eine Nicht-HTTP(S)-URL abgelehnt (%2); prüfen Sie die URL der Tagliste: Sie muss zu einer https-Registry führen</translation>
    </message>
</context>
<context>
    <name>agm::net::Checks</name>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>CA-Datei %1: Lesen nicht möglich (%2)</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>CA-Datei %1: enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>firewall on 443: %1Allow outbound TCP 443 from the gateway&apos;s network to this host (the v2 gateway needs it for its configuration, heartbeat and telemetry); behind a proxy, set HTTPS_PROXY.</source>
        <translation>Firewall auf 443: %1Erlauben Sie ausgehendes TCP 443 vom Netzwerk des Gateways zu diesem Host (das v2-Gateway benötigt es für Konfiguration, Heartbeat und Telemetrie); hinter einem Proxy setzen Sie HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>custom domain: the certificate must name the host the gateway connects to. If the configuration endpoint has a custom hostname, use exactly that name (and a certificate that covers it, gateway 2.3.0 or later).</source>
        <translation>benutzerdefinierte Domäne: Das Zertifikat muss den Host nennen, mit dem sich das Gateway verbindet. Hat der Konfigurationsendpunkt einen benutzerdefinierten Hostnamen, verwenden Sie genau diesen Namen (und ein Zertifikat, das ihn abdeckt, Gateway 2.3.0 oder höher).</translation>
    </message>
    <message>
        <source>proxy: check HTTPS_PROXY and NO_PROXY (here and in the gateway&apos;s environment), the proxy&apos;s address and credentials, and that it allows CONNECT to this host on 443.</source>
        <translation>Proxy: Prüfen Sie HTTPS_PROXY und NO_PROXY (hier und in der Umgebung des Gateways), Adresse und Anmeldeinformationen des Proxys und ob er CONNECT zu diesem Host auf 443 erlaubt.</translation>
    </message>
    <message>
        <source>DNS server %1: not an IP address</source>
        <translation>DNS-Server %1: keine IP-Adresse</translation>
    </message>
    <message>
        <source>the chosen proxy %1:%2</source>
        <translation>der gewählte Proxy %1:%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete within %1 s</source>
        <translation>der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>the port accepts connections but TLS never completes: a firewall or proxy may be holding the connection, or this port does not speak TLS. %1</source>
        <translation>der Port nimmt Verbindungen an, aber TLS wird nie abgeschlossen: Eine Firewall oder ein Proxy hält die Verbindung möglicherweise auf, oder dieser Port spricht kein TLS. %1</translation>
    </message>
    <message>
        <source>no HTTP answer: nothing received for %1 s</source>
        <translation>keine HTTP-Antwort: %1 s lang nichts empfangen</translation>
    </message>
    <message>
        <source>none (an IP address)</source>
        <translation>keiner (eine IP-Adresse)</translation>
    </message>
    <message>
        <source>host table</source>
        <translation>Hosttabelle</translation>
    </message>
    <message>
        <source>the host table maps %1 to &apos;%2&apos;, which is no IP address</source>
        <translation>die Hosttabelle ordnet %1 &apos;%2&apos; zu, was keine IP-Adresse ist</translation>
    </message>
    <message>
        <source>an IP address: nothing to resolve</source>
        <translation>eine IP-Adresse: nichts aufzulösen</translation>
    </message>
    <message>
        <source>from the host table (like hostAliases): %1</source>
        <translation>aus der Hosttabelle (wie hostAliases): %1</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>not resolved here: the proxy resolves %1</source>
        <translation>hier nicht aufgelöst: der Proxy löst %1 auf</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>DNS-Server %1</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>%1 does not resolve (system resolver: %2)</source>
        <translation>%1 lässt sich nicht auflösen (System-Resolver: %2)</translation>
    </message>
    <message>
        <source>lookup failed (system resolver: %1)</source>
        <translation>Auflösung fehlgeschlagen (System-Resolver: %1)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN from %2)</source>
        <translation>%1 existiert nicht (NXDOMAIN von %2)</translation>
    </message>
    <message>
        <source>no A or AAAA record, or no usable answer at all</source>
        <translation>kein A- oder AAAA-Eintrag oder überhaupt keine verwendbare Antwort</translation>
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
        <translation>%1 Adressen: %2 (%3)</translation>
    </message>
    <message>
        <source>CNAME chain: %1</source>
        <translation>CNAME-Kette: %1</translation>
    </message>
    <message>
        <source>private addresses: %1</source>
        <translation>private Adressen: %1</translation>
    </message>
    <message>
        <source>; resolves to a private address (%1)</source>
        <translation>; wird in eine private Adresse aufgelöst (%1)</translation>
    </message>
    <message>
        <source>private endpoint: the address is reachable only from networks connected to the API Management virtual network (peering, VPN, ExpressRoute). Make sure the gateway&apos;s network routes there; from elsewhere the public name needs a public record or a custom domain.</source>
        <translation>privater Endpunkt: Die Adresse ist nur aus Netzwerken erreichbar, die mit dem virtuellen Netzwerk von API Management verbunden sind (Peering, VPN, ExpressRoute). Stellen Sie sicher, dass das Netzwerk des Gateways dorthin routet; von anderswo benötigt der öffentliche Name einen öffentlichen Eintrag oder eine benutzerdefinierte Domäne.</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>keine Adresse zum Verbinden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>nothing listens on port %1 there, or a firewall rejects the connection</source>
        <translation>dort lauscht nichts auf Port %1, oder eine Firewall lehnt die Verbindung ab</translation>
    </message>
    <message>
        <source>no answer: a firewall may drop the connection</source>
        <translation>keine Antwort: Möglicherweise verwirft eine Firewall die Verbindung</translation>
    </message>
    <message>
        <source>%1:%2 through the proxy</source>
        <translation>%1:%2 über den Proxy</translation>
    </message>
    <message>
        <source>tunnel to %1:%2 through %3 in %4 ms</source>
        <translation>Tunnel zu %1:%2 über %3 in %4 ms</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>verbunden mit %1 in %2 ms</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>network unreachable (%1)</source>
        <translation>Netzwerk nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the connection broke before an HTTP answer: %1</source>
        <translation>die Verbindung brach vor einer HTTP-Antwort ab: %1</translation>
    </message>
    <message>
        <source>no tunnel through %1 within %2 s</source>
        <translation>kein Tunnel über %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the proxy (%1) cannot be reached: %2</source>
        <translation>der Proxy (%1) ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the proxy (%1) refused the credentials (HTTP 407)</source>
        <translation>der Proxy (%1) hat die Anmeldeinformationen abgelehnt (HTTP 407)</translation>
    </message>
    <message>
        <source>the proxy (%1) asks for credentials (HTTP 407); put them in the proxy URL</source>
        <translation>der Proxy (%1) verlangt Anmeldeinformationen (HTTP 407); geben Sie sie in der Proxy-URL an</translation>
    </message>
    <message>
        <source>the proxy (%1) does not answer</source>
        <translation>der Proxy (%1) antwortet nicht</translation>
    </message>
    <message>
        <source>the proxy (%1) did not open a tunnel to %2:%3: %4</source>
        <translation>der Proxy (%1) hat keinen Tunnel zu %2:%3 geöffnet: %4</translation>
    </message>
    <message>
        <source>this build has no TLS support (%1)</source>
        <translation>dieser Build unterstützt kein TLS (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <source>names: %1 (%2)</source>
        <translation>Namen: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 passt</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>%1 passt nicht</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>valid until %1 (%2 days left)</source>
        <translation>gültig bis %1 (noch %2 Tage)</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>Kette: %1</translation>
    </message>
    <message>
        <source>trusted through the CA file %1</source>
        <translation>vertrauenswürdig über die CA-Datei %1</translation>
    </message>
    <message>
        <source>%1, certificate for %2 from %3, valid for %4 more days</source>
        <translation>%1, Zertifikat für %2 von %3, noch %4 Tage gültig</translation>
    </message>
    <message>
        <source>issued by %1, not by Microsoft&apos;s CA: likely TLS-inspecting proxy. This computer trusts it; the gateway pod may not</source>
        <translation>ausgestellt von %1, nicht von der CA von Microsoft: wahrscheinlich ein TLS-inspizierender Proxy. Dieser Computer vertraut ihm; der Gateway-Pod möglicherweise nicht</translation>
    </message>
    <message>
        <source>; expires soon (%1)</source>
        <translation>; läuft bald ab (%1)</translation>
    </message>
    <message>
        <source>the certificate expired on %1 (%2 days ago)</source>
        <translation>das Zertifikat ist am %1 abgelaufen (vor %2 Tagen)</translation>
    </message>
    <message>
        <source>expired certificate: renew it if this is your custom domain&apos;s certificate; a TLS-inspecting proxy with an expired certificate looks the same. %1</source>
        <translation>abgelaufenes Zertifikat: Erneuern Sie es, wenn es das Zertifikat Ihrer benutzerdefinierten Domäne ist; ein TLS-inspizierender Proxy mit abgelaufenem Zertifikat sieht genauso aus. %1</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1 (check this computer&apos;s clock)</source>
        <translation>das Zertifikat ist erst ab %1 gültig (prüfen Sie die Uhr dieses Computers)</translation>
    </message>
    <message>
        <source>SAN mismatch: the certificate names %1, not %2</source>
        <translation>SAN stimmt nicht überein: Das Zertifikat nennt %1, nicht %2</translation>
    </message>
    <message>
        <source>the chain ends in an unknown or private root (%1): likely TLS-inspecting proxy</source>
        <translation>die Kette endet in einem unbekannten oder privaten Stammzertifikat (%1): wahrscheinlich ein TLS-inspizierender Proxy</translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>something between this computer and the host (a proxy or firewall) may block TLS to it, or the port does not speak TLS. %1</source>
        <translation>etwas zwischen diesem Computer und dem Host (ein Proxy oder eine Firewall) blockiert möglicherweise TLS dorthin, oder der Port spricht kein TLS. %1</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>die Antwort ist kein HTTP</translation>
    </message>
    <message>
        <source>the answer is not HTTP: %1</source>
        <translation>die Antwort ist kein HTTP: %1</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (über %1)</translation>
    </message>
    <message>
        <source>%1: something in between answers, but not the service%2</source>
        <translation>%1: etwas dazwischen antwortet, aber nicht der Dienst%2</translation>
    </message>
    <message>
        <source>a proxy or Application Gateway in front of the endpoint could not reach it; check its backend. %1</source>
        <translation>ein Proxy oder Application Gateway vor dem Endpunkt konnte ihn nicht erreichen; prüfen Sie dessen Back-End. %1</translation>
    </message>
    <message>
        <source>%1: the endpoint answers%2</source>
        <translation>%1: der Endpunkt antwortet%2</translation>
    </message>
    <message>
        <source>the connection closed without an HTTP answer</source>
        <translation>die Verbindung wurde ohne HTTP-Antwort geschlossen</translation>
    </message>
    <message>
        <source>the DNS server field</source>
        <translation>das Feld „DNS-Server“</translation>
    </message>
    <message>
        <source>the CA file field</source>
        <translation>das Feld „CA-Datei“</translation>
    </message>
    <message>
        <source>private DNS zone: if the API Management instance is in an internal virtual network, its configuration host resolves only through the private DNS zone linked to that network. Check with %1 set to a resolver of that zone, or give the gateway a hostAliases entry; a custom domain needs its own DNS record.</source>
        <translation>Private DNS-Zone: Befindet sich die API Management-Instanz in einem internen virtuellen Netzwerk, wird ihr Konfigurationshost nur über die private DNS-Zone aufgelöst, die mit diesem Netzwerk verknüpft ist. Setzen Sie %1 auf einen Resolver dieser Zone, und prüfen Sie erneut, oder geben Sie dem Gateway einen hostAliases-Eintrag; eine benutzerdefinierte Domäne benötigt einen eigenen DNS-Eintrag.</translation>
    </message>
    <message>
        <source>custom CA: if your network inspects TLS, get the proxy&apos;s root certificate from your network team, check again with %1, and give the gateway pod the same CA (certificates.local.ca); otherwise ask why a proxy answers for this host.</source>
        <translation>Benutzerdefinierte CA: Wenn Ihr Netzwerk TLS untersucht, besorgen Sie sich das Stammzertifikat des Proxys bei Ihrem Netzwerkteam, tragen Sie es in %1 ein, prüfen Sie erneut, und geben Sie dem Gateway-Pod dieselbe CA (certificates.local.ca); andernfalls klären Sie, warum ein Proxy für diesen Host antwortet.</translation>
    </message>
    <message>
        <source>DNS: the resolver does not answer. Check the DNS server (%1) and that this computer can reach it; a private DNS zone&apos;s resolver is often reachable only from inside the network.</source>
        <translation>DNS: Der Resolver antwortet nicht. Prüfen Sie den DNS-Server (%1) und ob dieser Computer ihn erreichen kann; der Resolver einer privaten DNS-Zone ist oft nur innerhalb des Netzwerks erreichbar.</translation>
    </message>
    <message>
        <source>checked through %1 instead</source>
        <translation>stattdessen über %1 geprüft</translation>
    </message>
    <message>
        <source>checked without a proxy</source>
        <translation>ohne Proxy geprüft</translation>
    </message>
    <message>
        <source>proxy: fix %1 or unset it. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported); check the gateway&apos;s own environment too.</source>
        <translation>Proxy: Korrigieren Sie %1, oder entfernen Sie ihn. Eine Proxy-URL sieht aus wie http://HOST:PORT oder socks5h://HOST:PORT (https://-Proxy-URLs werden nicht unterstützt); prüfen Sie auch die Umgebung des Gateways selbst.</translation>
    </message>
</context>
</TS>
