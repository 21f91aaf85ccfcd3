<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>agm</name>
    <message>
        <source>change it by hand: %1</source>
        <translation>à modifier manuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>needs your answer: %1</source>
        <translation>attend votre réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>its step was skipped</source>
        <translation>son étape a été ignorée</translation>
    </message>
    <message>
        <source>switched off by the operator</source>
        <translation>désactivée par l&apos;opérateur</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>laissé sur l&apos;URL v1&#xa0;: cette passerelle ne recevra aucune configuration</translation>
    </message>
    <message>
        <source>this kind of file</source>
        <translation>ce type de fichier</translation>
    </message>
    <message>
        <source> at line %1:%2</source>
        <translation> à la ligne %1:%2</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> à la ligne %1</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>migré</translation>
    </message>
    <message>
        <source>already on v2</source>
        <translation>déjà en v2</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>en attente d&apos;une réponse</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not about the gateway</source>
        <translation>sans rapport avec la passerelle</translation>
    </message>
    <message>
        <source>to change by hand</source>
        <translation>à modifier manuellement</translation>
    </message>
    <message>
        <source>same file as another input</source>
        <translation>même fichier qu&apos;une autre entrée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>conseil</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>la valeur est vide</translation>
    </message>
    <message>
        <source>it contains a path; give the host only, like contoso.configuration.azure-api.net</source>
        <translation>la valeur contient un chemin&#xa0;; indiquez uniquement l&apos;hôte, par exemple contoso.configuration.azure-api.net</translation>
    </message>
    <message>
        <source>it is not a host name (letters, digits, hyphens and dots, optionally :port)</source>
        <translation>ce n&apos;est pas un nom d&apos;hôte (lettres, chiffres, traits d&apos;union et points, éventuellement&#xa0;:port)</translation>
    </message>
    <message>
        <source>it is the v1 management host, from which a v2 gateway gets no configuration; the v2 host is probably %1</source>
        <translation>c&apos;est l&apos;hôte de gestion v1, dont une passerelle v2 ne reçoit aucune configuration&#xa0;; l&apos;hôte v2 est probablement %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; doit être %2, et non %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; the keys there are %3. Remove it, or use a version of the tool that knows it</source>
        <translation>clé inconnue &quot;%1&quot; dans %2&#xa0;; les clés possibles sont %3. Supprimez-la, ou utilisez une version de l&apos;outil qui la connaît</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; est manquant</translation>
    </message>
    <message>
        <source>a recipe is a JSON object starting with {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2}</source>
        <translation>une recette est un objet JSON commençant par {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2}</translation>
    </message>
    <message>
        <source>this is not a migration recipe: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>ceci n&apos;est pas une recette de migration&#xa0;: &quot;format&quot; doit valoir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>recipe version %1 is not supported (this version of the tool reads version %2); use the tool that wrote it, or write the recipe again</source>
        <translation>la version de recette %1 n&apos;est pas prise en charge (cette version de l&apos;outil lit la version %2)&#xa0;; utilisez l&apos;outil qui l&apos;a écrite, ou écrivez de nouveau la recette</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>the recipe</source>
        <translation>la recette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag; write a pinned 2.x.y tag, optionally with @sha256:&lt;digest&gt;</source>
        <translation>&quot;%1&quot; n&apos;est pas une balise d&apos;image valide&#xa0;; indiquez une balise 2.x.y épinglée, éventuellement avec @sha256:&lt;digest&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a v0/v1 gateway image (or no 2.x.y version); write a pinned 2.x.y tag</source>
        <translation>&quot;%1&quot; est une image de passerelle v0/v1 (ou sans version 2.x.y)&#xa0;; indiquez une balise 2.x.y épinglée</translation>
    </message>
    <message>
        <source>&quot;endpoint&quot; cannot be used: %1</source>
        <translation>&quot;endpoint&quot; est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>each entry of &quot;endpoints&quot; must be an object with &quot;service&quot;, &quot;managementHost&quot; and &quot;host&quot;</source>
        <translation>chaque entrée de &quot;endpoints&quot; doit être un objet avec &quot;service&quot;, &quot;managementHost&quot; et &quot;host&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;endpoints&quot;</source>
        <translation>une entrée de &quot;endpoints&quot;</translation>
    </message>
    <message>
        <source>&quot;host&quot; cannot be used: %1</source>
        <translation>&quot;host&quot; est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>a skipped step is &quot;image&quot;, &quot;endpoint&quot;, &quot;security&quot; or &quot;extras&quot;</source>
        <translation>une étape ignorée est &quot;image&quot;, &quot;endpoint&quot;, &quot;security&quot; ou &quot;extras&quot;</translation>
    </message>
    <message>
        <source>each entry of &quot;leftOut&quot; must be an object with &quot;rule&quot; and &quot;resource&quot; (and optionally &quot;field&quot;)</source>
        <translation>chaque entrée de &quot;leftOut&quot; doit être un objet avec &quot;rule&quot; et &quot;resource&quot; (et éventuellement &quot;field&quot;)</translation>
    </message>
    <message>
        <source>an entry of &quot;leftOut&quot;</source>
        <translation>une entrée de &quot;leftOut&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no rule of this tool (the codes are those of migrate --json)</source>
        <translation>&quot;%1&quot; n&apos;est pas une règle de cet outil (les codes sont ceux de migrate --json)</translation>
    </message>
    <message>
        <source>cannot read the recipe: %1</source>
        <translation>impossible de lire la recette&#xa0;: %1</translation>
    </message>
    <message>
        <source>this is no recipe: it is larger than 1 MiB</source>
        <translation>ceci n&apos;est pas une recette&#xa0;: le fichier dépasse 1 Mio</translation>
    </message>
    <message>
        <source>the tag %1 is not used: --tag overrides it</source>
        <translation>la balise %1 n&apos;est pas utilisée&#xa0;: --tag la remplace</translation>
    </message>
    <message>
        <source>the tag %1 is not in the tag list; check that it exists</source>
        <translation>la balise %1 ne figure pas dans la liste des balises&#xa0;; vérifiez qu&apos;elle existe</translation>
    </message>
    <message>
        <source>the skipped steps are not used: --skip overrides them</source>
        <translation>les étapes ignorées ne sont pas utilisées&#xa0;: --skip les remplace</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: --endpoint overrides it</source>
        <translation>la réponse de point de terminaison %1 n&apos;est pas utilisée&#xa0;: --endpoint la remplace</translation>
    </message>
    <message>
        <source>the endpoint answer %1 is not used: no endpoint in the files needs it</source>
        <translation>la réponse de point de terminaison %1 n&apos;est pas utilisée&#xa0;: aucun point de terminaison des fichiers n&apos;en a besoin</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: --endpoint overrides it</source>
        <translation>la réponse pour le service %1 (%2) n&apos;est pas utilisée&#xa0;: --endpoint la remplace</translation>
    </message>
    <message>
        <source>the answer for service %1 (%2) is not used: no endpoint in the files names that service</source>
        <translation>la réponse pour le service %1 (%2) n&apos;est pas utilisée&#xa0;: aucun point de terminaison des fichiers ne nomme ce service</translation>
    </message>
    <message>
        <source>the change left out (%1 on %2) matches nothing in the files</source>
        <translation>la modification exclue (%1 sur %2) ne correspond à rien dans les fichiers</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Documentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>No fix is given: the edit touches a secret, which this report never shows. Apply it with migrate --out or --in-place.</source>
        <translation>Aucun correctif n&apos;est fourni&#xa0;: la modification touche un secret, que ce rapport n&apos;affiche jamais. Appliquez-la avec migrate --out ou --in-place.</translation>
    </message>
    <message>
        <source>Apply the migration&apos;s edit.</source>
        <translation>Appliquer la modification de la migration.</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>Écrire %1.</translation>
    </message>
    <message>
        <source>One result per finding still to do in the files as they were read: a change the tool can make (with its fix), an answer it needs or a change by hand.</source>
        <translation>Un résultat par constat restant à traiter dans les fichiers tels qu&apos;ils ont été lus&#xa0;: une modification que l&apos;outil peut faire (avec son correctif), une réponse dont il a besoin ou une modification manuelle.</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>non vérifié : %1</translation>
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
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>yaml-cpp %1</source>
        <translation>yaml-cpp %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting: not available in this build, so YAML is shown without token colours (build with Qt 5 + KF5, or with KF6 SyntaxHighlighting installed, to get them)</source>
        <translation>KSyntaxHighlighting&#xa0;: non disponible dans cette version&#xa0;; le YAML est donc affiché sans coloration syntaxique (pour l&apos;obtenir, compilez avec Qt 5 + KF5, ou avec KF6 SyntaxHighlighting installé)</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1</source>
        <translation>KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>About APIM Gateway Migrator</source>
        <translation>À propos d&apos;APIM Gateway Migrator</translation>
    </message>
    <message>
        <source>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;Moves Azure API Management self-hosted gateway deployments from v0/v1 to v2, changing only the bytes the migration needs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;APIM Gateway Migrator %1&lt;/h2&gt;&lt;p&gt;Migre les déploiements de passerelles auto-hébergées Azure API Management de v0/v1 vers v2, en ne modifiant que les octets nécessaires à la migration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&lt;p&gt;Released under the MIT licence. Not affiliated with Microsoft; Azure and API Management are trademarks of Microsoft Corporation.&lt;/p&gt;&lt;p&gt;Qt is used under the LGPL v3; yaml-cpp under the MIT licence; KSyntaxHighlighting under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Publié sous licence MIT. Sans lien avec Microsoft&#xa0;; Azure et API Management sont des marques de Microsoft Corporation.&lt;/p&gt;&lt;p&gt;Qt est utilisé sous licence LGPL v3&#xa0;; yaml-cpp sous licence MIT&#xa0;; KSyntaxHighlighting sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
</context>
<context>
    <name>agm::CheckResultsModel</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification en cours…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation>vérification de %1…</translation>
    </message>
    <message>
        <source>fails at %1: %2</source>
        <translation>échoue à l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>passes, with a warning: %1</source>
        <translation>réussit, avec un avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>passes (through a proxy)</source>
        <translation>réussit (via un proxy)</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>réussit</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>by the proxy</source>
        <translation>par le proxy</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, %2 days left</source>
        <translation>%1, encore %2 jours</translation>
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
        <translation>%1 réussi(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avec avertissement</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 annulé(s)</translation>
    </message>
    <message>
        <source>no endpoints checked</source>
        <translation>aucun point de terminaison vérifié</translation>
    </message>
    <message>
        <source>: cancelled</source>
        <translation>: annulé</translation>
    </message>
    <message>
        <source>: FAIL at %1</source>
        <translation>: ÉCHEC à l&apos;étape %1</translation>
    </message>
    <message>
        <source>: pass with warnings</source>
        <translation>: réussi avec des avertissements</translation>
    </message>
    <message>
        <source>: pass</source>
        <translation>: réussi</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  source&#xa0;: %1
</translation>
    </message>
    <message>
        <source>        hint: %1
</source>
        <translation>        conseil&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  proxy: %1
</source>
        <translation>  proxy&#xa0;: %1
</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Résultat&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Resolver: %1.</source>
        <translation> Résolveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Extra CA file: %1.</source>
        <translation> Fichier d&apos;AC supplémentaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>empty endpoint</source>
        <translation>point de terminaison vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only https endpoints are checked</source>
        <translation>&apos;%1&apos;&#xa0;: seuls les points de terminaison https sont vérifiés</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no credentials in the endpoint, please</source>
        <translation>&apos;%1&apos;&#xa0;: n&apos;incluez pas d&apos;informations d&apos;identification dans le point de terminaison</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>&apos;%1&apos;&#xa0;: &apos;]&apos; manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST[:PORT]</source>
        <translation>&apos;%1&apos; n&apos;est pas au format HOST[:PORT]</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be a number from 1 to 65535</source>
        <translation>&apos;%1&apos;&#xa0;: le port doit être un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address</source>
        <translation>&apos;%1&apos; n&apos;est ni un nom d&apos;hôte ni une adresse IP</translation>
    </message>
    <message>
        <source>%1: %2 is built from a shell variable (%3); check the host it expands to</source>
        <translation>%1: %2 est construit à partir d&apos;une variable shell (%3)&#xa0;; vérifiez l&apos;hôte obtenu une fois la variable développée</translation>
    </message>
    <message>
        <source>v2 configuration endpoint</source>
        <translation>point de terminaison de configuration v2</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>exécution impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it on page 3, the configuration endpoints (Back)</source>
        <translation>%1: %2 n&apos;est pas encore un hôte v2 (%3)&#xa0;; répondez à la page 3, les points de terminaison de configuration (Précédente)</translation>
    </message>
    <message>
        <source>%1: %2 is not a v2 host yet (%3); answer it with --endpoint</source>
        <translation>%1: %2 n&apos;est pas encore un hôte v2 (%3)&#xa0;; répondez avec --endpoint</translation>
    </message>
</context>
<context>
    <name>agm::ChecksPage</name>
    <message>
        <source>Check the connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <source>The v2 gateway must reach its configuration host on port 443. These checks run from this computer, layer by layer; the in-cluster probe runs the same checks from the gateway&apos;s own network.</source>
        <translation>La passerelle v2 doit joindre son hôte de configuration sur le port 443. Ces vérifications s&apos;exécutent depuis cet ordinateur, couche par couche&#xa0;; la sonde intra-cluster exécute les mêmes vérifications depuis le réseau de la passerelle.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>État des vérifications</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Run every check again (after changing the options or the network)</source>
        <translation>Relancer toutes les vérifications (après avoir modifié les options ou le réseau)</translation>
    </message>
    <message>
        <source>Cancel chec&amp;ks</source>
        <translation>Arrêter les &amp;vérifications</translation>
    </message>
    <message>
        <source>Stop the checks that are still running</source>
        <translation>Arrêter les vérifications encore en cours</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy the results, the details and the pod&apos;s view to the clipboard</source>
        <translation>Copier les résultats, les détails et la vue du pod dans le presse-papiers</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>résolveur système</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>IP address of a DNS server to ask instead of the system resolver, e.g. one that serves the private DNS zone of an internal virtual network</source>
        <translation>Adresse IP d&apos;un serveur DNS à interroger à la place du résolveur système, par exemple un serveur de la zone DNS privée d&apos;un réseau virtuel interne</translation>
    </message>
    <message>
        <source>system trust store only</source>
        <translation>magasin de confiance du système uniquement</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>PEM file with CA certificates to trust besides the system&apos;s, e.g. your TLS-inspecting proxy&apos;s root</source>
        <translation>Fichier PEM de certificats d&apos;AC à approuver en plus de ceux du système, par exemple la racine de votre proxy d&apos;inspection TLS</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Rechercher un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>host[:port], …</source>
        <translation>hôte[:port], …</translation>
    </message>
    <message>
        <source>Also check these hosts</source>
        <translation>Vérifier aussi ces hôtes</translation>
    </message>
    <message>
        <source>Other endpoints the gateway uses, e.g. a custom configuration hostname or dc.services.visualstudio.com for Application Insights</source>
        <translation>Autres points de terminaison utilisés par la passerelle, par exemple un nom d&apos;hôte de configuration personnalisé ou dc.services.visualstudio.com pour Application Insights</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Also c&amp;heck:</source>
        <translation>Vérifier a&amp;ussi&#xa0;:</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Details of the selected endpoint</source>
        <translation>Détails du point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>What the gateway pod will see</source>
        <translation>Ce que verra le pod de la passerelle</translation>
    </message>
    <message>
        <source>Kubernetes Job</source>
        <translation>Job Kubernetes</translation>
    </message>
    <message>
        <source>docker run</source>
        <translation>docker run</translation>
    </message>
    <message>
        <source>Probe kind</source>
        <translation>Type de sonde</translation>
    </message>
    <message>
        <source>In-cluster probe</source>
        <translation>Sonde intra-cluster</translation>
    </message>
    <message>
        <source>Image %1: curl with a busybox shell. For every endpoint it resolves the name (getent, which honours hostAliases, else nslookup) and runs curl -v over TLS, with the gateway&apos;s proxy variables and hostAliases; it exits 1 when one fails.</source>
        <translation>Image %1&#xa0;: curl avec un shell busybox. Pour chaque point de terminaison, la sonde résout le nom (getent, qui respecte hostAliases, sinon nslookup) et exécute curl -v via TLS, avec les variables de proxy et les hostAliases de la passerelle&#xa0;; elle se termine avec le code 1 si l&apos;un d&apos;eux échoue.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What the pod will see</source>
        <translation>Ce que verra le pod</translation>
    </message>
    <message>
        <source>Export anyway: the gateway may not reach its configuration endpoint until the failure is fixed. The report records the failed checks and this acknowledgement.</source>
        <translation>Exporter quand même&#xa0;: la passerelle risque de ne pas joindre son point de terminaison de configuration tant que l&apos;échec n&apos;est pas corrigé. Le rapport consigne les vérifications échouées et cette confirmation.</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificats d&apos;AC (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Also check: %1.</source>
        <translation>Vérifier aussi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>&lt;b&gt;No v2 configuration host to check yet.&lt;/b&gt; Answer the endpoint step, or name hosts under Also check.</source>
        <translation>&lt;b&gt;Aucun hôte de configuration v2 à vérifier pour l&apos;instant.&lt;/b&gt; Répondez à l&apos;étape des points de terminaison, ou indiquez des hôtes sous «&#xa0;Vérifier aussi&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n endpoint(s) from this computer…</source>
        <translation>
            <numerusform>Vérification de %n point de terminaison depuis cet ordinateur…</numerusform>
            <numerusform>Vérification de %n points de terminaison depuis cet ordinateur…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) failed</source>
        <translation>
            <numerusform>%1 sur %n point de terminaison en échec</numerusform>
            <numerusform>%1 sur %n points de terminaison en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>select it for the failing layer and what to do.</source>
        <translation>sélectionnez-le pour voir la couche en échec et la marche à suivre.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) answer</source>
        <translation>
            <numerusform>%n point de terminaison répond</numerusform>
            <numerusform>%n points de terminaison répondent</numerusform>
        </translation>
    </message>
    <message>
        <source>with warnings: see the details.</source>
        <translation>avec des avertissements&#xa0;: voir les détails.</translation>
    </message>
    <message>
        <source>The endpoint answers.</source>
        <translation>Le point de terminaison répond.</translation>
    </message>
    <message>
        <source>All %1 endpoints answer.</source>
        <translation>Les %1 points de terminaison répondent tous.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <source>  from %1
</source>
        <translation>  source&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  checking…
</source>
        <translation>  vérification en cours…
</translation>
    </message>
    <message>
        <source>  not checked
</source>
        <translation>  non vérifié
</translation>
    </message>
    <message>
        <source>The files set no proxy variables and no hostAliases: the gateway connects directly and resolves names through the cluster&apos;s DNS.</source>
        <translation>Les fichiers ne définissent ni variable de proxy ni hostAliases&#xa0;: la passerelle se connecte directement et résout les noms via le DNS du cluster.</translation>
    </message>
    <message>
        <source>The proxy variables and hostAliases the files give the gateway, beside this computer&apos;s own.</source>
        <translation>Les variables de proxy et hostAliases que les fichiers donnent à la passerelle, à côté de ceux de cet ordinateur.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>The gateway pod (from your files)</source>
        <translation>Le pod de la passerelle (selon vos fichiers)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source># No endpoint to probe yet.</source>
        <translation># Aucun point de terminaison à sonder pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Not checked: %1
</source>
        <translation>Non vérifié&#xa0;: %1
</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>Ce que verra le pod de la passerelle (selon les fichiers), à côté de cet ordinateur&#xa0;:
</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Copy pr&amp;obe</source>
        <translation>Copier la s&amp;onde</translation>
    </message>
    <message>
        <source>Probe a&amp;s:</source>
        <translation>Sonder en t&amp;ant que&#xa0;:</translation>
    </message>
    <message>
        <source>From the recipe %1: failed or unrun checks were acknowledged when it was written. Tick the box below only if that still holds for these files and this network.</source>
        <translation>D&apos;après la recette %1&#xa0;: les vérifications en échec ou non exécutées ont été acceptées lors de son écriture. Cochez la case ci-dessous uniquement si c&apos;est toujours vrai pour ces fichiers et ce réseau.</translation>
    </message>
    <message>
        <source>this session checks nothing on the network (offline)</source>
        <translation>cette session ne vérifie rien sur le réseau (hors ligne)</translation>
    </message>
    <message>
        <source>there is no v2 configuration host to check</source>
        <translation>aucun hôte de configuration v2 à vérifier</translation>
    </message>
    <message>
        <source>Export without checks: nothing confirms that the gateway can reach its configuration endpoint. The reports record that the checks did not run and this acknowledgement.</source>
        <translation>Exporter sans vérifications&#xa0;: rien ne confirme que la passerelle peut joindre son point de terminaison de configuration. Les rapports consignent que les vérifications n&apos;ont pas été exécutées, ainsi que cette acceptation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; %1 Correct it and Rerun, or tick the box below to go on without checks.</source>
        <translation>&lt;b&gt;Vérification impossible&#xa0;:&lt;/b&gt; %1 Corrigez-le et relancez, ou cochez la case ci-dessous pour continuer sans vérifications.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1), after a check failed: tick the box below to go on anyway, or Rerun the checks.</source>
        <translation>&lt;b&gt;Annulé&lt;/b&gt; (%1), après l&apos;échec d&apos;une vérification&#xa0;: cochez la case ci-dessous pour continuer malgré tout, ou relancez les vérifications.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; (%1). You can go on without the remaining checks, or Rerun them.</source>
        <translation>&lt;b&gt;Annulé&lt;/b&gt; (%1). Vous pouvez continuer sans les vérifications restantes, ou les relancer.</translation>
    </message>
    <message>
        <source>I &amp;understand the checks failed</source>
        <translation>&amp;J&apos;ai compris que les vérifications ont échoué</translation>
    </message>
    <message>
        <source>I &amp;understand the checks did not run</source>
        <translation>&amp;J&apos;ai compris que les vérifications n&apos;ont pas été exécutées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks were not run&lt;/b&gt;: this session checks nothing on the network (offline). Tick the box below to go on without them (the reports record it).</source>
        <translation>&lt;b&gt;Vérifications non exécutées&lt;/b&gt;&#xa0;: cette session ne vérifie rien sur le réseau (hors ligne). Cochez la case ci-dessous pour continuer sans elles (les rapports le consignent).</translation>
    </message>
</context>
<context>
    <name>agm::Core</name>
    <message>
        <source>Kubernetes YAML</source>
        <translation>YAML Kubernetes</translation>
    </message>
    <message>
        <source>Helm values</source>
        <translation>Valeurs Helm</translation>
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
        <translation>Fichier env Docker</translation>
    </message>
    <message>
        <source>Shell script</source>
        <translation>Script shell</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>Script PowerShell</translation>
    </message>
    <message>
        <source>Helm template</source>
        <translation>Modèle Helm</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>env file</source>
        <translation>fichier env</translation>
    </message>
    <message>
        <source>it holds more than %1 resources (through aliases)</source>
        <translation>il contient plus de %1 ressources (via des alias)</translation>
    </message>
    <message>
        <source>cannot copy the training set to %1: %2</source>
        <translation>impossible de copier le jeu d&apos;exemples vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it does not exist; check the path</source>
        <translation>il n&apos;existe pas&#xa0;; vérifiez le chemin</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty output folder (nothing was written).</source>
        <translation>%1 existe déjà&#xa0;; choisissez un dossier de sortie vide (rien n&apos;a été écrit).</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; run the migration again.</source>
        <translation>%1 a été modifié sur le disque depuis sa lecture&#xa0;; relancez la migration.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixtes</translation>
    </message>
    <message>
        <source>the file is %1 MiB; the limit is %2 MiB. Split it, or migrate only the gateway&apos;s resources</source>
        <translation>le fichier fait %1 Mio&#xa0;; la limite est de %2 Mio. Scindez-le ou migrez uniquement les ressources de la passerelle</translation>
    </message>
    <message>
        <source>UTF-32 is not supported; save the file as UTF-8</source>
        <translation>l&apos;UTF-32 n&apos;est pas pris en charge&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-16 at code unit %1; save the file as UTF-8</source>
        <translation>UTF-16 non valide à l&apos;unité de code %1&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); this looks like a binary file or another encoding. Convert it to UTF-8</source>
        <translation>UTF-8 non valide (octet 0x%1)&#xa0;; il semble s&apos;agir d&apos;un fichier binaire ou d&apos;un autre encodage. Convertissez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file contains NUL bytes, so it is binary, not a deployment file</source>
        <translation>le fichier contient des octets NUL&#xa0;: c&apos;est un fichier binaire, pas un fichier de déploiement</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>il s&apos;agit d&apos;un dossier</translation>
    </message>
    <message>
        <source>cannot read it (%1); check that it exists and that you may read it</source>
        <translation>impossible de le lire (%1)&#xa0;; vérifiez qu&apos;il existe et que vous avez le droit de le lire</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;tags&quot; array</source>
        <translation>un objet JSON avec un tableau &quot;tags&quot; était attendu</translation>
    </message>
    <message>
        <source>the &quot;tags&quot; member is missing or not an array</source>
        <translation>le membre &quot;tags&quot; est absent ou n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>tags[%1] is not a string (nor an object with a &quot;name&quot; string)</source>
        <translation>tags[%1] n&apos;est ni une chaîne ni un objet avec une chaîne &quot;name&quot;</translation>
    </message>
    <message>
        <source>tags[%1] is not a valid tag name</source>
        <translation>tags[%1] n&apos;est pas un nom de balise valide</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>il comporte plus de %1 niveaux d&apos;imbrication</translation>
    </message>
    <message>
        <source>it uses more than %1 aliases (a possible alias bomb)</source>
        <translation>il utilise plus de %1 alias (bombe d&apos;alias possible)</translation>
    </message>
    <message>
        <source>Free some space or pick another folder, then run again.</source>
        <translation>Libérez de l&apos;espace ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, then run again.</source>
        <translation>Vérifiez les autorisations du fichier et de son dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The file system is read-only; pick another folder.</source>
        <translation>Le système de fichiers est en lecture seule&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>It cannot be replaced in one step (a mount point, a file in use or another file system); write copies to another folder instead.</source>
        <translation>Le fichier ne peut pas être remplacé en une seule étape (point de montage, fichier en cours d&apos;utilisation ou autre système de fichiers)&#xa0;; écrivez plutôt des copies dans un autre dossier.</translation>
    </message>
    <message>
        <source>The disk reported an error; check it, then run again.</source>
        <translation>Le disque a signalé une erreur&#xa0;; vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the disk and the folder, then run again.</source>
        <translation>Vérifiez le disque et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 est inchangé.</translation>
    </message>
    <message>
        <source>The temporary file %1 could not be removed (%2); delete it.</source>
        <translation>Le fichier temporaire %1 n&apos;a pas pu être supprimé (%2)&#xa0;; supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>cannot follow the link %1</source>
        <translation>impossible de suivre le lien %1</translation>
    </message>
    <message>
        <source>cannot inspect %1</source>
        <translation>impossible d&apos;examiner %1</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten. Choose an empty folder.</source>
        <translation>%1 existe déjà&#xa0;; rien n&apos;a été écrasé. Choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was left unchanged; make it writable first if it should be rewritten.</source>
        <translation>%1 est en lecture seule, il a donc été laissé tel quel&#xa0;; rendez-le d&apos;abord accessible en écriture s&apos;il doit être réécrit.</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; they were broken: the other names keep the old content.</source>
        <translation>%1 avait %2 liens physiques&#xa0;; ils ont été rompus&#xa0;: les autres noms conservent l&apos;ancien contenu.</translation>
    </message>
    <message>
        <source>%1 had extended attributes or an ACL; the rewritten file does not carry them over.</source>
        <translation>%1 avait des attributs étendus ou une ACL&#xa0;; le fichier réécrit ne les conserve pas.</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 to write %2</source>
        <translation>impossible de créer un fichier temporaire dans %1 pour écrire %2</translation>
    </message>
    <message>
        <source>%1 now belongs to you: its owner or group could not be kept.</source>
        <translation>%1 vous appartient désormais&#xa0;: son propriétaire ou son groupe n&apos;a pas pu être conservé.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1 was not prepared for writing.</source>
        <translation>%1 n&apos;a pas été préparé pour l&apos;écriture.</translation>
    </message>
    <message>
        <source>cannot read %1 again before replacing it</source>
        <translation>impossible de relire %1 avant de le remplacer</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read, so it was left unchanged; run the migration again.</source>
        <translation>%1 a été modifié sur le disque depuis sa lecture, il a donc été laissé tel quel&#xa0;; relancez la migration.</translation>
    </message>
    <message>
        <source>%1 appeared while writing; it was not overwritten. Choose an empty folder.</source>
        <translation>%1 est apparu pendant l&apos;écriture&#xa0;; il n&apos;a pas été écrasé. Choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>cannot move the new %1 into place</source>
        <translation>impossible de mettre en place le nouveau fichier %1</translation>
    </message>
    <message>
        <source>These files were written but could not be taken back; delete them: %1.</source>
        <translation>Ces fichiers ont été écrits mais n&apos;ont pas pu être retirés&#xa0;; supprimez-les&#xa0;: %1.</translation>
    </message>
    <message>
        <source>cannot create the folder %1: a file is in the way; move it or pick another folder.</source>
        <translation>impossible de créer le dossier %1&#xa0;: un fichier occupe cet emplacement&#xa0;; déplacez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The migrated files are written; no report was.</source>
        <translation>Les fichiers migrés ont été écrits&#xa0;; aucun rapport ne l&apos;a été.</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>impossible d&apos;examiner %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1 again before rewriting it: %2</source>
        <translation>impossible de relire %1 avant de le réécrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>All or nothing: nothing was written.</source>
        <translation>Tout ou rien&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Already rewritten, each with its original kept as .bak: %1.</source>
        <translation>Déjà réécrits, chacun avec son original conservé en .bak&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the quoted string that starts here is never closed; add its closing %1</source>
        <translation>la chaîne entre guillemets qui commence ici n&apos;est jamais fermée&#xa0;; ajoutez le %1 fermant</translation>
    </message>
    <message>
        <source>a line starting with %1 inside a document; quote the value, or move a directive before &quot;---&quot;</source>
        <translation>une ligne commençant par %1 à l&apos;intérieur d&apos;un document&#xa0;; mettez la valeur entre guillemets, ou placez la directive avant &quot;---&quot;</translation>
    </message>
    <message>
        <source>Other text file</source>
        <translation>Autre fichier texte</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>CI workflow (GitHub Actions, Azure Pipelines)</source>
        <translation>Workflow de CI (GitHub Actions, Azure Pipelines)</translation>
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
        <translation>Modèle ARM</translation>
    </message>
    <message>
        <source>cannot make the new files in %1 durable: %2</source>
        <translation>impossible de rendre durables les nouveaux fichiers dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or folder (nothing was written).</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou dossier (rien n&apos;a été écrit).</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a parameters file (parameters.%1.value) or --parameters %1=...</source>
        <translation>la valeur donnée pour le paramètre &apos;%1&apos;&#xa0;: un fichier de paramètres (parameters.%1.value) ou --parameters %1=...</translation>
    </message>
    <message>
        <source>the value itself</source>
        <translation>la valeur elle-même</translation>
    </message>
    <message>
        <source>the value given for parameter &apos;%1&apos;: a .bicepparam file, a parameters file or --parameters %1=...</source>
        <translation>la valeur donnée pour le paramètre &apos;%1&apos;&#xa0;: un fichier .bicepparam, un fichier de paramètres ou --parameters %1=...</translation>
    </message>
    <message>
        <source>the default of parameter &apos;%1&apos;</source>
        <translation>la valeur par défaut du paramètre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value of variable &apos;%1&apos;</source>
        <translation>la valeur de la variable &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the workflow&apos;s inputs, variables or env</source>
        <translation>les entrées, variables ou env du workflow</translation>
    </message>
    <message>
        <source>an ARG default before the first FROM, or docker build --build-arg</source>
        <translation>une valeur par défaut d&apos;ARG avant le premier FROM, ou docker build --build-arg</translation>
    </message>
    <message>
        <source>(empty: the 0.x chart&apos;s v1 default)</source>
        <translation>(vide&#xa0;: la valeur v1 par défaut du chart 0.x)</translation>
    </message>
    <message>
        <source>(empty: %1 from chart %2)</source>
        <translation>(vide&#xa0;: %1 du chart %2)</translation>
    </message>
    <message>
        <source> Its default image (an empty image.tag) is %1, a v1 image.</source>
        <translation> Son image par défaut (image.tag vide) est %1, une image v1.</translation>
    </message>
    <message>
        <source> On these charts an empty image.tag means a v1 image (1.1.2 on chart 0.3.0, 1.2.5 up to chart 1.0.0-rc.2).</source>
        <translation> Sur ces charts, un image.tag vide signifie une image v1 (1.1.2 sur le chart 0.3.0, 1.2.5 jusqu&apos;au chart 1.0.0-rc.2).</translation>
    </message>
    <message>
        <source>locals { %1 = ... } in another file of the module</source>
        <translation>locals { %1 = ... } dans un autre fichier du module</translation>
    </message>
    <message>
        <source>the value given for variable &quot;%1&quot;: a .tfvars file, -var or TF_VAR_%1</source>
        <translation>la valeur donnée pour la variable &quot;%1&quot;&#xa0;: un fichier .tfvars, -var ou TF_VAR_%1</translation>
    </message>
    <message>
        <source>the default of variable &quot;%1&quot;</source>
        <translation>la valeur par défaut de la variable &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8, so it cannot be read; rename it (the name is shown with \x escapes)</source>
        <translation>son nom n&apos;est pas en UTF-8 valide et il ne peut donc pas être lu&#xa0;; renommez-le (le nom est affiché avec des séquences \x)</translation>
    </message>
    <message>
        <source>it is not a regular file (a FIFO, socket or device); give a file or a folder</source>
        <translation>ce n&apos;est pas un fichier ordinaire (FIFO, socket ou périphérique)&#xa0;; indiquez un fichier ou un dossier</translation>
    </message>
    <message>
        <source>a shape the %1 analyser does not read</source>
        <translation>une forme que l&apos;analyseur %1 ne lit pas</translation>
    </message>
    <message>
        <source>the file could not be read as %1</source>
        <translation>le fichier n&apos;a pas pu être lu en tant que %1</translation>
    </message>
    <message>
        <source>this kind of file is not edited</source>
        <translation>ce type de fichier n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>%1 files are not edited</source>
        <translation>les fichiers %1 ne sont pas modifiés</translation>
    </message>
    <message>
        <source>no tag, which means latest</source>
        <translation>aucune balise, ce qui équivaut à latest</translation>
    </message>
    <message>
        <source>pinned by digest only</source>
        <translation>épinglée uniquement par synthèse</translation>
    </message>
    <message>
        <source>a v0/v1 tag</source>
        <translation>une balise v0/v1</translation>
    </message>
    <message>
        <source>a floating tag</source>
        <translation>une balise flottante</translation>
    </message>
    <message>
        <source>a rolling tag</source>
        <translation>une balise évolutive</translation>
    </message>
    <message>
        <source>a preview tag</source>
        <translation>une balise de préversion</translation>
    </message>
    <message>
        <source>an unusual tag</source>
        <translation>une balise inhabituelle</translation>
    </message>
    <message>
        <source>the v2 configuration host (&lt;service&gt;.configuration.azure-api.net)</source>
        <translation>l&apos;hôte de configuration v2 (&lt;service&gt;.configuration.azure-api.net)</translation>
    </message>
    <message>
        <source>the v2 configuration host of service &apos;%1&apos; (%1.configuration.azure-api.net, or your custom configuration host)</source>
        <translation>l&apos;hôte de configuration v2 du service &apos;%1&apos; (%1.configuration.azure-api.net, ou votre hôte de configuration personnalisé)</translation>
    </message>
    <message>
        <source>gateway.auth.key (Helm chart 1.x) or gateway.auth.token (Arc extension)</source>
        <translation>gateway.auth.key (chart Helm 1.x) ou gateway.auth.token (extension Arc)</translation>
    </message>
    <message>
        <source>the file looks like %1 without a byte-order mark (a NUL byte beside every character); save it as UTF-8, or as UTF-16 with a byte-order mark, and import it again</source>
        <translation>le fichier semble être en %1 sans marque d&apos;ordre des octets (un octet NUL à côté de chaque caractère)&#xa0;; enregistrez-le en UTF-8, ou en UTF-16 avec une marque d&apos;ordre des octets, puis importez-le de nouveau</translation>
    </message>
    <message>
        <source>content after the document end marker &quot;...&quot;</source>
        <translation>contenu après le marqueur de fin de document &quot;...&quot;</translation>
    </message>
    <message>
        <source>a comment needs a blank before its %1</source>
        <translation>un commentaire doit être précédé d&apos;un blanc avant son %1</translation>
    </message>
    <message>
        <source>%1 is not a valid escape in a double-quoted string</source>
        <translation>%1 n&apos;est pas une séquence d&apos;échappement valide dans une chaîne entre guillemets doubles</translation>
    </message>
    <message>
        <source>a pinned 2.x.y image tag</source>
        <translation>une balise d&apos;image 2.x.y épinglée</translation>
    </message>
    <message>
        <source>the v2 configuration host</source>
        <translation>l&apos;hôte de configuration v2</translation>
    </message>
    <message>
        <source>cannot read %1 to copy it beside the files that use it: %2</source>
        <translation>impossible de lire %1 pour le copier à côté des fichiers qui l&apos;utilisent : %2</translation>
    </message>
    <message>
        <source>%1: refers to %2, which does not exist: neither the inputs nor the copies work until it does.</source>
        <translation>%1 : fait référence à %2, qui n&apos;existe pas : ni les entrées ni les copies ne fonctionnent tant qu&apos;il manque.</translation>
    </message>
    <message>
        <source>%1: refers to the folder %2, which holds no kustomization.yaml: kustomize cannot build it.</source>
        <translation>%1 : fait référence au dossier %2, qui ne contient pas de kustomization.yaml : kustomize ne peut pas le construire.</translation>
    </message>
    <message>
        <source>%1: refers to %2, outside the imported folder %3: the copies will not work without it. Import a folder that holds both, or copy it beside them.</source>
        <translation>%1 : fait référence à %2, hors du dossier importé %3 : les copies ne fonctionneront pas sans lui. Importez un dossier qui contient les deux, ou copiez-le à côté d&apos;elles.</translation>
    </message>
    <message>
        <source>%1: refers to %2, which could not be read (see its error), so the copies leave it out.</source>
        <translation>%1 : fait référence à %2, qui n&apos;a pas pu être lu (voir son erreur) ; les copies l&apos;omettent donc.</translation>
    </message>
    <message>
        <source>%1: refers to %2, which is larger than %3 MiB, so the copies leave it out: copy it beside them by hand.</source>
        <translation>%1 : fait référence à %2, qui dépasse %3 Mio ; les copies l&apos;omettent donc : copiez-le à côté d&apos;elles à la main.</translation>
    </message>
    <message>
        <source>%1 had %2 hard links; the names that are not among the inputs keep the old content.</source>
        <translation>%1 avait %2 liens physiques ; les noms qui ne font pas partie des entrées gardent l&apos;ancien contenu.</translation>
    </message>
    <message>
        <source>%1 keeps the old content: it could not be made a link to the new %2 again (%3).</source>
        <translation>%1 garde l&apos;ancien contenu : il n&apos;a pas pu redevenir un lien vers le nouveau %2 (%3).</translation>
    </message>
    <message>
        <source>it is another file now</source>
        <translation>c&apos;est maintenant un autre fichier</translation>
    </message>
    <message>
        <source>Cannot read %1 to write its checksum: %2.</source>
        <translation>Impossible de lire %1 pour écrire sa somme de contrôle&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>agm::DiffModel</name>
    <message numerus="yes">
        <source>%n unchanged line(s) folded; press Enter to show them</source>
        <translation>
            <numerusform>%n ligne inchangée repliée&#xa0;; appuyez sur Entrée pour l&apos;afficher</numerusform>
            <numerusform>%n lignes inchangées repliées&#xa0;; appuyez sur Entrée pour les afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>No line here; the migrated text adds a line</source>
        <translation>Aucune ligne ici&#xa0;; le texte migré ajoute une ligne</translation>
    </message>
    <message>
        <source>No line here; the migration removes a line</source>
        <translation>Aucune ligne ici&#xa0;; la migration supprime une ligne</translation>
    </message>
    <message>
        <source>Line %1, changed from: %2</source>
        <translation>Ligne %1, avant modification&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1, changed to: %2</source>
        <translation>Ligne %1, après modification&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1, removed: %2</source>
        <translation>Ligne %1, supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1, added: %2</source>
        <translation>Ligne %1, ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n ligne inchangée</numerusform>
            <numerusform>%n lignes inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>Cliquez ou appuyez sur Entrée pour afficher ces lignes</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migré</translation>
    </message>
</context>
<context>
    <name>agm::DiffOverview</name>
    <message>
        <source>Where the changes are in the whole file; click to jump there</source>
        <translation>Emplacement des modifications dans l&apos;ensemble du fichier&#xa0;; cliquez pour y accéder</translation>
    </message>
    <message>
        <source>Change overview</source>
        <translation>Vue d&apos;ensemble des modifications</translation>
    </message>
    <message>
        <source>Red marks are removed or rewritten lines, green marks added lines</source>
        <translation>Les marques rouges signalent les lignes supprimées ou réécrites, les vertes les lignes ajoutées</translation>
    </message>
</context>
<context>
    <name>agm::DiffPane</name>
    <message>
        <source>no newline at end</source>
        <translation>pas de saut de ligne final</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Aucun texte</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n ligne inchangée</numerusform>
            <numerusform>%n lignes inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2, click or press Enter to show</source>
        <translation>lignes %1 à %2&#xa0;; cliquez ou appuyez sur Entrée pour les afficher</translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy Original Text</source>
        <translation>Copier le texte original</translation>
    </message>
    <message>
        <source>Copy Migrated Text</source>
        <translation>Copier le texte migré</translation>
    </message>
    <message>
        <source>Click or press Enter to show these lines</source>
        <translation>Cliquez ou appuyez sur Entrée pour afficher ces lignes</translation>
    </message>
</context>
<context>
    <name>agm::EndpointPage</name>
    <message>
        <source>Configuration endpoints</source>
        <translation>Points de terminaison de configuration</translation>
    </message>
    <message>
        <source>Every endpoint has its v2 value.</source>
        <translation>Chaque point de terminaison a sa valeur v2.</translation>
    </message>
    <message>
        <source>Switch to the Configuration API v2</source>
        <translation>Passer à l&apos;API de configuration v2</translation>
    </message>
    <message>
        <source>Each configuration endpoint is listed with its v2 value. Select a row and press F2 or Enter (or double-click its New value) to type the host; rows marked “needs your answer” cannot be derived and need the v2 host.</source>
        <translation>Chaque point de terminaison de configuration est listé avec sa valeur v2. Sélectionnez une ligne et appuyez sur F2 ou Entrée (ou double-cliquez sur sa nouvelle valeur) pour saisir l&apos;hôte&#xa0;; les lignes marquées «&#xa0;attend votre réponse&#xa0;» ne peuvent pas être déduites et nécessitent l&apos;hôte v2.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host yet: select the row, press F2 or Enter and type the host, or untick the row to leave it on the v1 URL (that gateway then receives no configuration).</source>
        <translation>
            <numerusform>%n point de terminaison sans hôte v2 pour l&apos;instant&#xa0;: sélectionnez la ligne, appuyez sur F2 ou Entrée et saisissez l&apos;hôte, ou décochez la ligne pour la laisser sur l&apos;URL v1 (cette passerelle ne reçoit alors aucune configuration).</numerusform>
            <numerusform>%n points de terminaison sans hôte v2 pour l&apos;instant&#xa0;: sélectionnez la ligne, appuyez sur F2 ou Entrée et saisissez l&apos;hôte, ou décochez la ligne pour la laisser sur l&apos;URL v1 (cette passerelle ne reçoit alors aucune configuration).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) left on the v1 URL: this gateway will receive no configuration.</source>
        <translation>
            <numerusform>%n point de terminaison laissé sur l&apos;URL v1&#xa0;: cette passerelle ne recevra aucune configuration.</numerusform>
            <numerusform>%n points de terminaison laissés sur l&apos;URL v1&#xa0;: ces passerelles ne recevront aucune configuration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) to change by hand in files the tool cannot edit: the value to write is in the New column.</source>
        <translation>
            <numerusform>%n point de terminaison à modifier manuellement dans des fichiers que l&apos;outil ne peut pas modifier&#xa0;: la valeur à écrire figure dans la colonne Nouveau.</numerusform>
            <numerusform>%n points de terminaison à modifier manuellement dans des fichiers que l&apos;outil ne peut pas modifier&#xa0;: la valeur à écrire figure dans la colonne Nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No configuration endpoint found in these files.</source>
        <translation>Aucun point de terminaison de configuration trouvé dans ces fichiers.</translation>
    </message>
</context>
<context>
    <name>agm::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Write migrated copies to a &amp;new folder (recommended)</source>
        <translation>Écrire les copies migrées dans un &amp;nouveau dossier (recommandé)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>&amp;Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Also write</source>
        <translation>Écrire aussi</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>Sera écrit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation>Fichiers qui seront écrits</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Choisissez un dossier de sortie.</translation>
    </message>
    <message>
        <source>already exists: choose another folder</source>
        <translation>existe déjà&#xa0;: choisissez un autre dossier</translation>
    </message>
    <message>
        <source>rewritten; original kept as .bak</source>
        <translation>réécrit&#xa0;; original conservé en .bak</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in that folder. Nothing is overwritten: choose an empty or new folder.</source>
        <translation>
            <numerusform>%n fichier existe déjà dans ce dossier. Rien n&apos;est écrasé&#xa0;: choisissez un dossier vide ou nouveau.</numerusform>
            <numerusform>%n fichiers existent déjà dans ce dossier. Rien n&apos;est écrasé&#xa0;: choisissez un dossier vide ou nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite in place</source>
        <translation>Réécrire sur place</translation>
    </message>
    <message>
        <source>Rewrite the changed files in place? Each original is kept next to it as a .bak file.</source>
        <translation>Réécrire les fichiers modifiés sur place&#xa0;? Chaque original est conservé à côté sous la forme d&apos;un fichier .bak.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Choose where the migrated files go; no file is overwritten without a backup.</source>
        <translation>Rien n&apos;a encore été écrit. Choisissez où placer les fichiers migrés&#xa0;; aucun fichier n&apos;est écrasé sans sauvegarde.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>Écriture de %n fichier…</numerusform>
            <numerusform>Écriture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed; see the message.</source>
        <translation>Échec de l&apos;exportation&#xa0;; consultez le message.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Your decisions (image tag, endpoint answers, changes left out), without tokens, file contents or paths: replay them on other copies of these files with “migrate --recipe” or “Start from a recipe…”.</source>
        <translation>Vos décisions (balise d&apos;image, réponses sur les points de terminaison, modifications exclues), sans jetons, contenus de fichiers ni chemins&#xa0;: rejouez-les sur d&apos;autres copies de ces fichiers avec «&#xa0;migrate --recipe&#xa0;» ou «&#xa0;Partir d&apos;une recette…&#xa0;».</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>What the export leaves as it is: files that could not be read, references to change by hand or left out.</source>
        <translation>Ce que l&apos;export laisse en l&apos;état&#xa0;: fichiers illisibles, références à modifier manuellement ou exclues.</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s) stay as they are after the export; the reports list each one.</source>
        <translation>
            <numerusform>Non effectué&#xa0;: %n élément reste en l&apos;état après l&apos;export&#xa0;; les rapports listent chacun d&apos;eux.</numerusform>
            <numerusform>Non effectué&#xa0;: %n éléments restent en l&apos;état après l&apos;export&#xa0;; les rapports listent chacun d&apos;eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Markdown report</source>
        <translation>Rapport Markdo&amp;wn</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>Rapport &amp;HTML</translation>
    </message>
    <message>
        <source>&amp;JSON report</source>
        <translation>Rapport &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Unified patch</source>
        <translation>Correctif &amp;unifié</translation>
    </message>
    <message>
        <source>SHA-256 chec&amp;ksums</source>
        <translation>Sommes de contrô&amp;le SHA-256</translation>
    </message>
    <message>
        <source>&amp;Recipe (%1)</source>
        <translation>Re&amp;cette (%1)</translation>
    </message>
    <message>
        <source>Rewrite the files &amp;in place</source>
        <translation>&amp;Réécrire les fichiers sur place</translation>
    </message>
    <message>
        <source>Each original is kept beside it as a .bak copy.</source>
        <translation>Chaque original est conservé à côté sous forme de copie .bak.</translation>
    </message>
</context>
<context>
    <name>agm::FileEntry</name>
    <message>
        <source>migrated: %n change(s)</source>
        <translation>migré&#xa0;: %n modification(s)</translation>
    </message>
    <message>
        <source>%n left out</source>
        <translation>%n exclue(s)</translation>
    </message>
    <message>
        <source>already on v2: nothing to change</source>
        <translation>déjà en v2&#xa0;: rien à modifier</translation>
    </message>
    <message>
        <source>not migrated yet: %n reference(s) waiting for your answer</source>
        <translation>pas encore migré&#xa0;: %n référence(s) en attente de votre réponse</translation>
    </message>
    <message>
        <source>left out by the operator: %n change(s) not made</source>
        <translation>exclu par l&apos;opérateur&#xa0;: %n modification(s) non effectuée(s)</translation>
    </message>
    <message>
        <source>not migrated: %1%2</source>
        <translation>non migré&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>not a deployment file (%1)</source>
        <translation>pas un fichier de déploiement (%1)</translation>
    </message>
    <message>
        <source>not migrated: %n gateway reference(s) to change by hand (%1 is not edited here)</source>
        <translation>non migré&#xa0;: %n référence(s) de passerelle à modifier manuellement (%1 n&apos;est pas modifié ici)</translation>
    </message>
    <message>
        <source>the same file as %1 (a link): read and migrated once, as that file</source>
        <translation>le même fichier que %1 (un lien)&#xa0;: lu et migré une seule fois, en tant que ce fichier</translation>
    </message>
    <message>
        <source>left on the v1 URL: this gateway will receive no configuration</source>
        <translation>laissé sur l&apos;URL v1&#xa0;: cette passerelle ne recevra aucune configuration</translation>
    </message>
    <message>
        <source>not checked: it uses %n file(s) outside the import</source>
        <translation>non vérifié : utilise %n fichier hors de l&apos;import</translation>
    </message>
</context>
<context>
    <name>agm::Finding</name>
    <message>
        <source>Cannot load the file: %1.</source>
        <translation>Impossible de charger le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Invalid YAML: %1. Fix the file (kubectl would reject it too); the other files are still migrated.</source>
        <translation>YAML non valide&#xa0;: %1. Corrigez le fichier (kubectl le rejetterait aussi)&#xa0;; les autres fichiers sont tout de même migrés.</translation>
    </message>
    <message>
        <source>The document was not parsed: %1.</source>
        <translation>Le document n&apos;a pas été analysé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is a Helm template ({{ }}), not a values file or a rendered manifest; it is left as it is. Migrate the chart&apos;s values, or render it with &apos;helm template&apos; and import the output.</source>
        <translation>Il s&apos;agit d&apos;un modèle Helm ({{ }}), et non d&apos;un fichier de valeurs ou d&apos;un manifeste généré&#xa0;; il reste inchangé. Migrez les valeurs du graphique, ou générez le modèle avec &apos;helm template&apos; et importez le résultat.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in one mapping; Kubernetes keeps only the last one. Remove the duplicate.</source>
        <translation>La clé &apos;%1&apos; apparaît deux fois dans un même mappage&#xa0;; Kubernetes ne conserve que la dernière. Supprimez le doublon.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; floats: it can point to another version at any time (&apos;latest&apos; moved from v1 to v2 in March 2022 and broke gateways). Pin an exact 2.x.y tag.</source>
        <translation>La balise d&apos;image &apos;%1&apos; est flottante&#xa0;: elle peut pointer vers une autre version à tout moment (&apos;latest&apos; est passée de v1 à v2 en mars 2022 et a rendu des passerelles inopérantes). Épinglez une balise 2.x.y exacte.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; rolls to every new 2.x release, so replicas can run different versions after a scale-out. Pin an exact 2.x.y tag for production.</source>
        <translation>La balise d&apos;image &apos;%1&apos; suit chaque nouvelle version 2.x&#xa0;; après un scale-out, les réplicas peuvent donc exécuter des versions différentes. Épinglez une balise 2.x.y exacte pour la production.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a preview; previews are not supported in production. Pin a released 2.x.y tag.</source>
        <translation>La balise d&apos;image &apos;%1&apos; est une préversion&#xa0;; les préversions ne sont pas prises en charge en production. Épinglez une balise 2.x.y publiée.</translation>
    </message>
    <message>
        <source>The image is pinned by digest only, so its version cannot be read. It is replaced by the chosen tag; pin the new tag by digest again if your policy needs digests.</source>
        <translation>L&apos;image est épinglée uniquement par synthèse&#xa0;: sa version ne peut donc pas être lue. Elle est remplacée par la balise choisie&#xa0;; épinglez de nouveau la nouvelle balise par synthèse si votre stratégie exige des synthèses.</translation>
    </message>
    <message>
        <source>The image has no tag, which means &apos;latest&apos; (a floating tag). Pin an exact 2.x.y tag.</source>
        <translation>L&apos;image n&apos;a pas de balise, ce qui équivaut à &apos;latest&apos; (une balise flottante). Épinglez une balise 2.x.y exacte.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is not one of the documented tag conventions. Pin an exact 2.x.y tag.</source>
        <translation>La balise d&apos;image &apos;%1&apos; ne suit aucune des conventions de balisage documentées. Épinglez une balise 2.x.y exacte.</translation>
    </message>
    <message>
        <source>The image is already pinned to %1; it is left as it is. Newer: %2.</source>
        <translation>L&apos;image est déjà épinglée sur %1&#xa0;; elle reste inchangée. Plus récente&#xa0;: %2.</translation>
    </message>
    <message>
        <source>image.tag is not set, so the chart&apos;s appVersion decides the image (chart 1.x ships 2.x images). Set image.tag to pin a version independently of the chart.</source>
        <translation>image.tag n&apos;est pas défini&#xa0;: l&apos;appVersion du graphique détermine donc l&apos;image (le graphique 1.x fournit des images 2.x). Définissez image.tag pour épingler une version indépendamment du graphique.</translation>
    </message>
    <message>
        <source>This is a Configuration API v1 URL (retired on 1 October 2023). The v2 endpoint of service &apos;%1&apos; is %2.</source>
        <translation>Il s&apos;agit d&apos;une URL de l&apos;API de configuration v1 (mise hors service le 1er octobre 2023). Le point de terminaison v2 du service &apos;%1&apos; est %2.</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a custom host; it is left as it is. Custom configuration hosts need gateway 2.3.0 or later.</source>
        <translation>Le point de terminaison &apos;%1&apos; est un hôte personnalisé&#xa0;; il reste inchangé. Les hôtes de configuration personnalisés nécessitent la passerelle 2.3.0 ou ultérieure.</translation>
    </message>
    <message>
        <source>The gateway container has no securityContext. v2 runs as user 1001 and writes CA certificates at start-up, so it needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>Le conteneur de la passerelle n&apos;a pas de securityContext. La v2 s&apos;exécute en tant qu&apos;utilisateur 1001 et écrit des certificats d&apos;AC au démarrage&#xa0;; il lui faut donc runAsNonRoot: true, runAsUser: 1001 et readOnlyRootFilesystem: false.</translation>
    </message>
    <message>
        <source>%1 is a YAML alias; its anchor may be shared with other containers, so it is not edited. Give the gateway its own securityContext with runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false.</source>
        <translation>%1 est un alias YAML&#xa0;; son ancre peut être partagée avec d&apos;autres conteneurs, il n&apos;est donc pas modifié. Donnez à la passerelle son propre securityContext avec runAsNonRoot: true, runAsUser: 1001 et readOnlyRootFilesystem: false.</translation>
    </message>
    <message>
        <source>%1 is %2, but the v2 gateway needs %3 (it runs as user 1001 and writes CA certificates at start-up).</source>
        <translation>%1 vaut %2, mais la passerelle v2 nécessite %3 (elle s&apos;exécute en tant qu&apos;utilisateur 1001 et écrit des certificats d&apos;AC au démarrage).</translation>
    </message>
    <message>
        <source>The securityContext lacks %1; the v2 gateway needs %2.</source>
        <translation>Il manque %1 dans le securityContext&#xa0;; la passerelle v2 nécessite %2.</translation>
    </message>
    <message>
        <source>The gateway service runs as &apos;%1&apos;; v2 runs as user 1001. Set user: &quot;1001&quot;.</source>
        <translation>Le service de la passerelle s&apos;exécute en tant que &apos;%1&apos;&#xa0;; la v2 s&apos;exécute en tant qu&apos;utilisateur 1001. Définissez user: &quot;1001&quot;.</translation>
    </message>
    <message>
        <source>read_only: true is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>read_only: true n&apos;est pas pris en charge&#xa0;: la passerelle v2 écrit des certificats d&apos;AC au démarrage.</translation>
    </message>
    <message>
        <source>The gateway container runs as &apos;%1&apos;; v2 runs as user 1001. Use --user 1001.</source>
        <translation>Le conteneur de la passerelle s&apos;exécute en tant que &apos;%1&apos;&#xa0;; la v2 s&apos;exécute en tant qu&apos;utilisateur 1001. Utilisez --user 1001.</translation>
    </message>
    <message>
        <source>--read-only is not supported: the v2 gateway writes CA certificates at start-up.</source>
        <translation>--read-only n&apos;est pas pris en charge&#xa0;: la passerelle v2 écrit des certificats d&apos;AC au démarrage.</translation>
    </message>
    <message>
        <source>This kustomization sets the gateway image; make sure the Deployment it patches has the v2 securityContext (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Import the base manifests too.</source>
        <translation>Cette kustomization définit l&apos;image de la passerelle&#xa0;; vérifiez que le Deployment qu&apos;elle corrige possède le securityContext v2 (runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false). Importez aussi les manifestes de base.</translation>
    </message>
    <message>
        <source>The probe uses the v1 health path %1; v2 answers on /status-0123456789abcdef.</source>
        <translation>La sonde utilise le chemin d&apos;intégrité v1 %1&#xa0;; la v2 répond sur /status-0123456789abcdef.</translation>
    </message>
    <message>
        <source>capabilities.drop lists &apos;%1&apos;; Pod Security Admission (restricted) accepts only upper-case ALL.</source>
        <translation>capabilities.drop contient &apos;%1&apos;&#xa0;; Pod Security Admission (restricted) n&apos;accepte que ALL en majuscules.</translation>
    </message>
    <message>
        <source>hostAliases pins the management host &apos;%1&apos;. v2 talks to the configuration host instead: add an entry for it (for example %2) with the address of your private endpoint.</source>
        <translation>hostAliases associe l&apos;hôte de gestion &apos;%1&apos; à une adresse fixe. La v2 communique plutôt avec l&apos;hôte de configuration&#xa0;: ajoutez-lui une entrée (par exemple %2) avec l&apos;adresse de votre point de terminaison privé.</translation>
    </message>
    <message>
        <source>A configuration backup volume is mounted at /apim/config, but the pod has no fsGroup: 1001. The gateway (user 1001) cannot write its backup; set securityContext.fsGroup: 1001 on the pod.</source>
        <translation>Un volume de sauvegarde de la configuration est monté sur /apim/config, mais le pod n&apos;a pas de fsGroup: 1001. La passerelle (utilisateur 1001) ne peut pas écrire sa sauvegarde&#xa0;; définissez securityContext.fsGroup: 1001 sur le pod.</translation>
    </message>
    <message>
        <source>The GatewayKey token expired on %1. Generate a new token in the Azure portal (Gateways &gt; Deployment) before deploying.</source>
        <translation>Le jeton de passerelle (GatewayKey) a expiré le %1. Générez un nouveau jeton dans le portail Azure (Passerelles &gt; Déploiement) avant de déployer.</translation>
    </message>
    <message>
        <source>The GatewayKey token expires on %1. Plan a token rotation.</source>
        <translation>Le jeton de passerelle (GatewayKey) expire le %1. Planifiez une rotation du jeton.</translation>
    </message>
    <message>
        <source>These are values of the 0.x chart (&apos;%1&apos;), whose default image is v1. Chart 1.x renamed them: gateway.endpoint became gateway.configuration.uri and gateway.authKey became gateway.auth.key; rename them when you upgrade the chart.</source>
        <translation>Ce sont des valeurs du graphique 0.x (&apos;%1&apos;), dont l&apos;image par défaut est v1. Le graphique 1.x les a renommées&#xa0;: gateway.endpoint est devenu gateway.configuration.uri et gateway.authKey est devenu gateway.auth.key&#xa0;; renommez-les lors de la mise à niveau du graphique.</translation>
    </message>
    <message>
        <source>The image tag &apos;%1&apos; is a v0/v1 gateway image; v0/v1 images are unsupported since 1 October 2023. Pin a 2.x.y tag.</source>
        <translation>La balise d&apos;image &apos;%1&apos; désigne une image de passerelle v0/v1&#xa0;; les images v0/v1 ne sont plus prises en charge depuis le 1er octobre 2023. Épinglez une balise 2.x.y.</translation>
    </message>
    <message>
        <source>On the command line, use --endpoint.</source>
        <translation>En ligne de commande, utilisez --endpoint.</translation>
    </message>
    <message>
        <source>This v1 URL uses the custom management host &apos;%1&apos;, so the v2 configuration host of service &apos;%2&apos; cannot be derived. Enter it (for example %2.configuration.azure-api.net, or your custom configuration host).</source>
        <translation>Cette URL v1 utilise l&apos;hôte de gestion personnalisé &apos;%1&apos;&#xa0;: l&apos;hôte de configuration v2 du service &apos;%2&apos; ne peut donc pas être déduit. Saisissez-le (par exemple %2.configuration.azure-api.net, ou votre hôte de configuration personnalisé).</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a placeholder. Enter the v2 configuration host (&lt;service&gt;.configuration.azure-api.net).</source>
        <translation>Le point de terminaison &apos;%1&apos; est un espace réservé. Saisissez l&apos;hôte de configuration v2 (&lt;service&gt;.configuration.azure-api.net).</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is a management host without the v1 path, which no gateway version accepts. The v2 host is probably %2; confirm it.</source>
        <translation>Le point de terminaison &apos;%1&apos; est un hôte de gestion sans le chemin v1, ce qu&apos;aucune version de la passerelle n&apos;accepte. L&apos;hôte v2 est probablement %2&#xa0;; confirmez-le.</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; (%2) is written where the tool cannot edit it (%3). Change it by hand to %4.</source>
        <translation>L&apos;image de passerelle &apos;%1&apos; (%2) est écrite à un endroit que l&apos;outil ne peut pas modifier (%3). Remplacez-la manuellement par %4.</translation>
    </message>
    <message>
        <source>This Configuration API v1 URL is written where the tool cannot edit it (%1). The gateway gets no configuration from it; change it by hand to %2.</source>
        <translation>Cette URL de l&apos;API de configuration v1 est écrite à un endroit que l&apos;outil ne peut pas modifier (%1). La passerelle n&apos;en reçoit aucune configuration&#xa0;; remplacez-la manuellement par %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 0.x Helm chart or the 2021 Azure Arc extension, which current versions ignore; it is written where the tool cannot edit it (%2). Rename it by hand to &apos;%3&apos;.</source>
        <translation>&apos;%1&apos; est un paramètre du chart Helm 0.x ou de l&apos;extension Azure Arc de 2021, que les versions actuelles ignorent&#xa0;; il est écrit à un endroit que l&apos;outil ne peut pas modifier (%2). Renommez-le manuellement en &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a setting of the 2021 Azure Arc gateway extension; the current extension reads &apos;%2&apos; instead and ignores the old name. Rename it.</source>
        <translation>&apos;%1&apos; est un paramètre de l&apos;extension de passerelle Azure Arc de 2021&#xa0;; l&apos;extension actuelle lit &apos;%2&apos; à la place et ignore l&apos;ancien nom. Renommez-le.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a value of the 0.x chart; chart 1.0.0 and later read &apos;%2&apos; instead and ignore the old name. Rename it (and install chart 1.x, whose images are v2).</source>
        <translation>&apos;%1&apos; est une valeur du chart 0.x&#xa0;; les charts 1.0.0 et ultérieurs lisent &apos;%2&apos; à la place et ignorent l&apos;ancien nom. Renommez-la (et installez le chart 1.x, dont les images sont en v2).</translation>
    </message>
    <message>
        <source>The gateway image &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to a pinned 2.x.y gateway tag (the one chosen in the image step).</source>
        <translation>L&apos;image de passerelle &apos;%1&apos; est construite à partir de %2&#xa0;: elle n&apos;est donc pas modifiée ici. Remplacez-la manuellement là où elle est définie (%3) par une balise de passerelle 2.x.y épinglée (celle choisie à l&apos;étape de l&apos;image).</translation>
    </message>
    <message>
        <source>config.service.endpoint &apos;%1&apos; is built from %2, so it is not edited here. Change it by hand where it is set (%3) to the v2 configuration host: %4.</source>
        <translation>config.service.endpoint &apos;%1&apos; est construit à partir de %2&#xa0;: il n&apos;est donc pas modifié ici. Remplacez-le manuellement là où il est défini (%3) par l&apos;hôte de configuration v2&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 runs on %2, which has no Kubernetes securityContext (no runAsUser, no read-only root file system): the container runs as the image&apos;s own user with a writable file system, as v2 needs. Nothing to change for the security step.</source>
        <translation>%1 s&apos;exécute sur %2, qui n&apos;a pas de securityContext Kubernetes (ni runAsUser, ni système de fichiers racine en lecture seule)&#xa0;: le conteneur s&apos;exécute avec l&apos;utilisateur propre à l&apos;image et un système de fichiers accessible en écriture, comme l&apos;exige la v2. Rien à modifier pour l&apos;étape de sécurité.</translation>
    </message>
    <message>
        <source>%1 is shared through a YAML anchor or merge key with a field that is not this gateway&apos;s own, so it is not edited: the change would reach that field too. Give the gateway its own value (%2), then migrate again.</source>
        <translation>%1 est partagé, via une ancre YAML ou une clé de fusion, avec un champ qui n&apos;appartient pas à cette passerelle&#xa0;: il n&apos;est donc pas modifié, car la modification atteindrait aussi ce champ. Donnez à la passerelle sa propre valeur (%2), puis relancez la migration.</translation>
    </message>
    <message>
        <source>These values are for chart %1, which has no securityContext value (it came with chart 1.1.0), so a securityContext here would have no effect. Upgrade the chart to 1.1.0 or later (chart 1.x uses gateway.configuration.uri and gateway.auth.key) and set securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false there.%2</source>
        <translation>Ces valeurs sont destinées au chart %1, qui n&apos;a pas de valeur securityContext (elle est apparue avec le chart 1.1.0)&#xa0;: un securityContext ici n&apos;aurait donc aucun effet. Mettez le chart à niveau vers la version 1.1.0 ou ultérieure (le chart 1.x utilise gateway.configuration.uri et gateway.auth.key) et définissez-y securityContext: runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false.%2</translation>
    </message>
    <message>
        <source>The image comes from the registry &apos;%1&apos;, not from MCR: mirror the new tag there before you deploy (for example az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;), or the pods cannot pull it.</source>
        <translation>L&apos;image provient du registre &apos;%1&apos;, et non de MCR&#xa0;: répliquez-y la nouvelle balise avant de déployer (par exemple az acr import --source mcr.microsoft.com/azure-api-management/gateway:&lt;tag&gt;), sinon les pods ne pourront pas l&apos;extraire.</translation>
    </message>
    <message>
        <source>This file uses &apos;%1&apos;, which is outside the imported folder %2: it was not checked for gateway references, and copies of this folder alone will not work. Import %3, which holds both.</source>
        <translation>Ce fichier utilise &apos;%1&apos;, qui se trouve hors du dossier importé %2 : il n&apos;a pas été vérifié pour des références à la passerelle, et des copies de ce seul dossier ne fonctionneront pas. Importez %3, qui contient les deux.</translation>
    </message>
    <message>
        <source>This kustomization builds on the remote base &apos;%1&apos;: its files were not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>Cette kustomization s&apos;appuie sur la base distante &apos;%1&apos; : ses fichiers n&apos;ont pas été vérifiés pour des références à la passerelle. Si elle déploie la passerelle, migrez-la là où elle est maintenue.</translation>
    </message>
    <message>
        <source>This file uses the remote file &apos;%1&apos;: it was not checked for gateway references. If it deploys the gateway, migrate it where it is maintained.</source>
        <translation>Ce fichier utilise le fichier distant &apos;%1&apos; : il n&apos;a pas été vérifié pour des références à la passerelle. S&apos;il déploie la passerelle, migrez-le là où il est maintenu.</translation>
    </message>
</context>
<context>
    <name>agm::FindingList</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>needs your answer</source>
        <translation>réponse requise</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>conseil</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Type the v2 configuration host here, for example contoso.configuration.azure-api.net</source>
        <translation>Saisissez ici l&apos;hôte de configuration v2, par exemple contoso.configuration.azure-api.net</translation>
    </message>
    <message>
        <source>Nothing to change in this step.</source>
        <translation>Rien à modifier à cette étape.</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentation</translation>
    </message>
    <message>
        <source>change by hand</source>
        <translation>à modifier manuellement</translation>
    </message>
    <message>
        <source>left on the v1 URL</source>
        <translation>laissé sur l&apos;URL v1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclue</translation>
    </message>
    <message>
        <source>Each row is one change or piece of advice. Space switches a change on or off; F2 or Enter types the answer of a row that asks for one.</source>
        <translation>Chaque ligne est une modification ou un conseil. Espace active ou désactive une modification&#xa0;; F2 ou Entrée permet de saisir la réponse d&apos;une ligne qui en demande une.</translation>
    </message>
    <message>
        <source>from recipe</source>
        <translation>de la recette</translation>
    </message>
    <message>
        <source>%1 · from recipe</source>
        <translation>%1 · de la recette</translation>
    </message>
    <message>
        <source>This choice comes from the recipe %1; change it here if it does not fit.</source>
        <translation>Ce choix provient de la recette %1&#xa0;; modifiez-le ici s&apos;il ne convient pas.</translation>
    </message>
    <message>
        <source>Your answer “%1” is not used: %2.</source>
        <translation>Votre réponse «&#xa0;%1&#xa0;» n&apos;est pas utilisée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Apply: on</source>
        <translation>Appliquer&#xa0;: oui</translation>
    </message>
    <message>
        <source>Apply: off</source>
        <translation>Appliquer&#xa0;: non</translation>
    </message>
    <message>
        <source>Space switches this change on or off</source>
        <translation>Espace active ou désactive cette modification</translation>
    </message>
    <message>
        <source>Explanation of the selected change</source>
        <translation>Explication de la modification sélectionnée</translation>
    </message>
</context>
<context>
    <name>agm::ImagePage</name>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>évolutive</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>préversion</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>flottante</translation>
    </message>
    <message>
        <source>legacy v0/v1</source>
        <translation>héritée v0/v1</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Rolling tags move to every new 2.x release; replicas can end up on different versions. Pin an exact version for production.</source>
        <translation>Les balises évolutives suivent chaque nouvelle version 2.x&#xa0;; les réplicas peuvent se retrouver sur des versions différentes. Épinglez une version exacte pour la production.</translation>
    </message>
    <message>
        <source>Preview images are not supported in production.</source>
        <translation>Les images en préversion ne sont pas prises en charge en production.</translation>
    </message>
    <message>
        <source>Floating tags like &apos;latest&apos; can jump to another major version without notice (&apos;latest&apos; moved from v1 to v2 in 2022).</source>
        <translation>Les balises flottantes comme &apos;latest&apos; peuvent passer à une autre version majeure sans préavis (&apos;latest&apos; est passée de v1 à v2 en 2022).</translation>
    </message>
    <message>
        <source>This is a v0/v1 image: it no longer receives configuration. Choose a 2.x.y tag.</source>
        <translation>Il s&apos;agit d&apos;une image v0/v1&#xa0;: elle ne reçoit plus de configuration. Choisissez une balise 2.x.y.</translation>
    </message>
    <message>
        <source>This is not one of the documented tag conventions; check that the tag exists.</source>
        <translation>Cette balise ne suit aucune des conventions documentées&#xa0;; vérifiez qu&apos;elle existe.</translation>
    </message>
    <message>
        <source>Every gateway image found in your files is listed. Choose the 2.x.y tag they should all run; the registry host of each reference is kept.</source>
        <translation>Toutes les images de passerelle trouvées dans vos fichiers sont listées. Choisissez la balise 2.x.y qu&apos;elles doivent toutes utiliser&#xa0;; l&apos;hôte de registre de chaque référence est conservé.</translation>
    </message>
    <message>
        <source>Image references</source>
        <translation>Références d&apos;image</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les balises</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Available tags</source>
        <translation>Balises disponibles</translation>
    </message>
    <message>
        <source>or type a tag, e.g. 2.11.1</source>
        <translation>ou saisissez une balise, par exemple 2.11.1</translation>
    </message>
    <message>
        <source>Custom tag</source>
        <translation>Balise personnalisée</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <source>Fetch the current tag list from the registry</source>
        <translation>Récupérer la liste actuelle des balises auprès du registre</translation>
    </message>
    <message>
        <source>Ask the registry for the digest of the chosen tag and write tag@sha256:...</source>
        <translation>Demander au registre la synthèse de la balise choisie et écrire tag@sha256:...</translation>
    </message>
    <message>
        <source>&amp;Target tag:</source>
        <translation>&amp;Balise cible&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustom tag:</source>
        <translation>Balise pers&amp;onnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>Pinning by digest failed: %1</source>
        <translation>Échec de l&apos;épinglage par synthèse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fetching the tag list from %1…</source>
        <translation>Récupération de la liste des balises depuis %1…</translation>
    </message>
    <message>
        <source>Asking the registry for the digest of %1…</source>
        <translation>Demande de la synthèse de %1 au registre…</translation>
    </message>
    <message>
        <source>Tag list: %1.</source>
        <translation>Liste des balises&#xa0;: %1.</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the tag list.</source>
        <translation>&apos;%1&apos; ne figure pas dans la liste des balises.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pin the container image</source>
        <translation>Épingler l&apos;image de conteneur</translation>
    </message>
    <message>
        <source>Pin by &amp;digest</source>
        <translation>Épingler par &amp;synthèse</translation>
    </message>
    <message>
        <source>Use this floating tag an&amp;yway</source>
        <translation>Utiliser quand même cette balise &amp;flottante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag.</source>
        <translation>&apos;%1&apos; n&apos;est pas une balise d&apos;image valide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a 2.x.y version. Choose a pinned tag such as %2.</source>
        <translation>&apos;%1&apos; n&apos;est pas une version 2.x.y. Choisissez une balise épinglée telle que %2.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use this preview tag an&amp;yway</source>
        <translation>Utiliser quand même cette balise de pré&amp;version</translation>
    </message>
</context>
<context>
    <name>agm::ImportPage</name>
    <message>
        <source>Import deployment files</source>
        <translation>Importer les fichiers de déploiement</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>Recent locations</source>
        <translation>Emplacements récents</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Add deployment files</source>
        <translation>Ajouter des fichiers de déploiement</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Rien n&apos;a encore été importé.</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 sur %2 fichiers</translation>
    </message>
    <message>
        <source>Import cancelled; the files read so far are listed.</source>
        <translation>Importation annulée&#xa0;; les fichiers lus jusqu&apos;ici sont listés.</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Add the files that deploy the gateway to continue.</source>
        <translation>Ajoutez les fichiers qui déploient la passerelle pour continuer.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>Drop files or folders here, or add them with the buttons. Kubernetes YAML and JSON, Helm values (also in Flux and Argo CD), Kustomize, compose, env files, scripts, Dockerfiles, CI workflows, Terraform, Bicep and ARM are recognised by their content; any other text file is scanned for gateway references.</source>
        <translation>Déposez des fichiers ou des dossiers ici, ou ajoutez-les avec les boutons. Les fichiers YAML et JSON Kubernetes, les valeurs Helm (y compris dans Flux et Argo CD), Kustomize, compose, les fichiers env, les scripts, les Dockerfiles, les workflows de CI, Terraform, Bicep et ARM sont reconnus d&apos;après leur contenu&#xa0;; tout autre fichier texte est analysé à la recherche de références à la passerelle.</translation>
    </message>
    <message>
        <source>Deployment files (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;All files (*)</source>
        <translation>Fichiers de déploiement (*.yaml *.yml *.json *.env *.conf *.sh *.bash *.ps1 *.psm1 *.tf *.tfvars *.bicep *.bicepparam Dockerfile* *.dockerfile Containerfile *.md *.ts *.js);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Each imported file with its format and where it stands; problems are listed under the file.</source>
        <translation>Chaque fichier importé avec son format et son état&#xa0;; les problèmes sont listés sous le fichier.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Nothing here can be migrated by the tool; go on to export the report of what is not done.</source>
        <translation>Rien ici ne peut être migré par l&apos;outil&#xa0;; continuez pour exporter le rapport de ce qui n&apos;est pas effectué.</translation>
    </message>
    <message>
        <source>Files that could not be read and references to change by hand are not migrated; the next pages and the reports list each one.</source>
        <translation>Les fichiers illisibles et les références à modifier manuellement ne sont pas migrés&#xa0;; les pages suivantes et les rapports listent chacun d&apos;eux.</translation>
    </message>
</context>
<context>
    <name>agm::Ledger</name>
    <message>
        <source>%n file(s)</source>
        <translation>%n fichier(s)</translation>
    </message>
</context>
<context>
    <name>agm::MigrationSession</name>
    <message>
        <source>%n endpoint answer(s)</source>
        <translation>%n réponse(s) sur les points de terminaison</translation>
    </message>
    <message>
        <source>%n change(s) switched off</source>
        <translation>%n modification(s) désactivée(s)</translation>
    </message>
    <message>
        <source>%n step(s) skipped</source>
        <translation>%n étape(s) ignorée(s)</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>la balise d&apos;image %1</translation>
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
        <translation>&amp;À propos</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Mode présentateur</translation>
    </message>
    <message>
        <source>Larger text on every page, for projectors (Ctrl+Shift+P)</source>
        <translation>Texte plus grand sur toutes les pages, pour les projecteurs (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) without the v2 host: select the row on the Endpoint page and press F2.</source>
        <translation>
            <numerusform>%n point de terminaison sans hôte v2&#xa0;: sélectionnez la ligne sur la page Point de terminaison et appuyez sur F2.</numerusform>
            <numerusform>%n points de terminaison sans hôte v2&#xa0;: sélectionnez la ligne sur la page Point de terminaison et appuyez sur F2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick “%1” to go on.</source>
        <translation>Cochez «&#xa0;%1&#xa0;» pour continuer.</translation>
    </message>
    <message>
        <source>Add the files or folders to migrate and wait until they are read.</source>
        <translation>Ajoutez les fichiers ou dossiers à migrer et attendez qu&apos;ils soient lus.</translation>
    </message>
    <message>
        <source>This page is not complete yet.</source>
        <translation>Cette page n&apos;est pas encore complète.</translation>
    </message>
    <message>
        <source>Discard your decisions?</source>
        <translation>Abandonner vos décisions&#xa0;?</translation>
    </message>
    <message>
        <source>Closing now discards what you decided (%1); nothing has been written.</source>
        <translation>Fermer maintenant abandonne ce que vous avez décidé (%1)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
</context>
<context>
    <name>agm::NextCommands</name>
    <message>
        <source>Remove the old gateway container first (docker rm -f with its name); the new one uses the same ports.</source>
        <translation>Supprimez d&apos;abord l&apos;ancien conteneur de passerelle (docker rm -f avec son nom)&#xa0;; le nouveau utilise les mêmes ports.</translation>
    </message>
    <message>
        <source>RELEASE is the name of the gateway&apos;s Helm release (helm list --all-namespaces shows it).</source>
        <translation>RELEASE est le nom de la release Helm de la passerelle (helm list --all-namespaces l&apos;affiche).</translation>
    </message>
    <message>
        <source>Its relative volume and build paths now resolve in %1: copy what they use there first.</source>
        <translation>Ses chemins relatifs de volumes et de build sont désormais résolus dans %1 : copiez-y d&apos;abord ce qu&apos;ils utilisent.</translation>
    </message>
</context>
<context>
    <name>agm::OpenItem</name>
    <message>
        <source>write: %1</source>
        <translation>écrire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>agm::Reader</name>
    <message>
        <source>unexpected text after the end of the recipe</source>
        <translation>texte inattendu après la fin de la recette</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected &apos;%1&apos;</source>
        <translation>la recette se termine trop tôt&#xa0;; &apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a value</source>
        <translation>la recette se termine trop tôt&#xa0;; valeur attendue</translation>
    </message>
    <message>
        <source>the recipe ends too early; expected a key</source>
        <translation>la recette se termine trop tôt&#xa0;; clé attendue</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>clé entre guillemets doubles attendue</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>chiffre attendu</translation>
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation>quatre chiffres hexadécimaux attendus après \u</translation>
    </message>
    <message>
        <source>the recipe ends inside a string</source>
        <translation>la recette se termine à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>a control character inside a string; write it as an escape</source>
        <translation>caractère de contrôle dans une chaîne&#xa0;; écrivez-le sous forme de séquence d&apos;échappement</translation>
    </message>
    <message>
        <source>expected a low surrogate (\u) after a high one</source>
        <translation>substitut bas (\u) attendu après un substitut haut</translation>
    </message>
    <message>
        <source>a lone surrogate in \u escapes</source>
        <translation>substitut isolé dans des séquences \u</translation>
    </message>
    <message>
        <source>an unknown escape in a string</source>
        <translation>séquence d&apos;échappement inconnue dans une chaîne</translation>
    </message>
</context>
<context>
    <name>agm::Recipe</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: erreur&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>agm::RecipeOriginLabel</name>
    <message>
        <source>Choices from the recipe</source>
        <translation>Choix issus de la recette</translation>
    </message>
    <message>
        <source>the image tag %1</source>
        <translation>la balise d&apos;image %1</translation>
    </message>
    <message>
        <source>the %1 step is skipped</source>
        <translation>l&apos;étape %1 est ignorée</translation>
    </message>
    <message>
        <source>The decisions of the recipe %1 apply to the files you import.</source>
        <translation>Les décisions de la recette %1 s&apos;appliquent aux fichiers que vous importez.</translation>
    </message>
    <message>
        <source>From the recipe %1: %2.</source>
        <translation>D&apos;après la recette %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>agm::Report</name>
    <message>
        <source>Self-hosted gateway migration report</source>
        <translation>Rapport de migration de la passerelle auto-hébergée</translation>
    </message>
    <message>
        <source>- Tool: apim-gateway-migrator %1
</source>
        <translation>- Outil&#xa0;: apim-gateway-migrator %1
</translation>
    </message>
    <message>
        <source>- Target image tag: `%1` (tag list: %2)
</source>
        <translation>- Balise d&apos;image cible&#xa0;: `%1` (liste des balises&#xa0;: %2)
</translation>
    </message>
    <message>
        <source>## `%1`

%2, %3, %4 line endings. </source>
        <translation>## `%1`

%2, %3, fins de ligne&#xa0;: %4. </translation>
    </message>
    <message>
        <source>| Line | Step | Status | Where | Change | Why |</source>
        <translation>| Ligne | Étape | Statut | Emplacement | Modification | Motif |</translation>
    </message>
    <message>
        <source>&lt;li&gt;Tool: apim-gateway-migrator %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Outil&#xa0;: apim-gateway-migrator %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Target image tag: &lt;code&gt;%1&lt;/code&gt; (tag list: %2)&lt;/li&gt;</source>
        <translation>&lt;li&gt;Balise d&apos;image cible&#xa0;: &lt;code&gt;%1&lt;/code&gt; (liste des balises&#xa0;: %2)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2, %3, %4 line endings. %5&lt;/p&gt;
</source>
        <translation>&lt;h2&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/h2&gt;
&lt;p&gt;%2, %3, fins de ligne&#xa0;: %4. %5&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;Step&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;th&gt;Change&lt;/th&gt;&lt;th&gt;Why&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th&gt;Ligne&lt;/th&gt;&lt;th&gt;Étape&lt;/th&gt;&lt;th&gt;Statut&lt;/th&gt;&lt;th&gt;Emplacement&lt;/th&gt;&lt;th&gt;Modification&lt;/th&gt;&lt;th&gt;Motif&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>Connectivity checks</source>
        <translation>Vérifications de connectivité</translation>
    </message>
    <message>
        <source>Run %1 from the computer that ran the wizard (%2): %3.

</source>
        <translation>Exécutées le %1 depuis l&apos;ordinateur qui a exécuté l&apos;assistant (%2)&#xa0;: %3.

</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>résolveur système</translation>
    </message>
    <message>
        <source>A check failed; the operator acknowledged it and exported anyway.</source>
        <translation>Une vérification a échoué&#xa0;; l&apos;opérateur en a pris acte et a tout de même exporté.</translation>
    </message>
    <message>
        <source>| Endpoint | Status | DNS | TCP | TLS | HTTP | Proxy | Details |</source>
        <translation>| Point de terminaison | Statut | DNS | TCP | TLS | HTTP | Proxy | Détails |</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>doc</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>The connectivity checks were not run: DNS, TCP, TLS and HTTP to the v2 configuration host are unverified.</source>
        <translation>Les vérifications de connectivité n&apos;ont pas été exécutées&#xa0;: DNS, TCP, TLS et HTTP vers l&apos;hôte de configuration v2 ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>Les vérifications de connectivité n&apos;ont pas pu s&apos;exécuter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Acknowledged by the operator, who exported anyway.</source>
        <translation>L&apos;opérateur en a pris acte et a tout de même exporté.</translation>
    </message>
    <message>
        <source>- Files: %1, edits: %2, open questions: %3
</source>
        <translation>- Fichiers&#xa0;: %1, modifications&#xa0;: %2, questions en suspens&#xa0;: %3
</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>&lt;li&gt;Files: %1, edits: %2, open questions: %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Fichiers&#xa0;: %1, modifications&#xa0;: %2, questions en suspens&#xa0;: %3&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>agm::ReviewPage</name>
    <message>
        <source>Review every change</source>
        <translation>Passer en revue chaque modification</translation>
    </message>
    <message>
        <source>Pick a file to see its changes side by side. Untick a change to leave it out; the diff follows at once.</source>
        <translation>Choisissez un fichier pour voir ses modifications côte à côte. Décochez une modification pour l&apos;exclure&#xa0;; la comparaison est mise à jour immédiatement.</translation>
    </message>
    <message>
        <source>Changes in this file</source>
        <translation>Modifications dans ce fichier</translation>
    </message>
    <message>
        <source>Side-by-side diff</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>&amp;Afficher les secrets</translation>
    </message>
    <message>
        <source>Shows tokens and keys in the diff. They stay masked in reports and exports.</source>
        <translation>Affiche les jetons et les clés dans la comparaison. Ils restent masqués dans les rapports et les exportations.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 line endings</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · fins de ligne&#xa0;: %4</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Afficher les secrets</translation>
    </message>
    <message>
        <source>Show gateway tokens and keys in the diff? Anyone who can see your screen will see them. Reports and exported files keep them masked.</source>
        <translation>Afficher les jetons et les clés de la passerelle dans la comparaison&#xa0;? Toute personne qui voit votre écran les verra. Ils restent masqués dans les rapports et les fichiers exportés.</translation>
    </message>
    <message>
        <source>Files about the gateway</source>
        <translation>Fichiers concernant la passerelle</translation>
    </message>
    <message>
        <source>Not done in this file</source>
        <translation>Non effectué dans ce fichier</translation>
    </message>
    <message>
        <source>Preparing the diff of %1…</source>
        <translation>Préparation du diff de %1…</translation>
    </message>
</context>
<context>
    <name>agm::SecurityPage</name>
    <message>
        <source>The v2 gateway runs as user 1001 and writes CA certificates at start-up, so each gateway container needs runAsNonRoot: true, runAsUser: 1001 and readOnlyRootFilesystem: false. Other fields are kept.</source>
        <translation>La passerelle v2 s&apos;exécute sous l&apos;utilisateur 1001 et écrit des certificats d&apos;AC au démarrage&#xa0;: ses conteneurs requièrent runAsNonRoot: true, runAsUser: 1001 et readOnlyRootFilesystem: false. Autres champs conservés.</translation>
    </message>
    <message>
        <source>Security context changes</source>
        <translation>Modifications du contexte de sécurité</translation>
    </message>
    <message>
        <source>Advice rows (probe path, capabilities, hostAliases, backups, tokens) come from the production guidance; switch any change off that you do not want.</source>
        <translation>Les lignes de conseil (chemin de sonde, capabilities, hostAliases, sauvegardes, jetons) proviennent des recommandations pour la production&#xa0;; désactivez toute modification dont vous ne voulez pas.</translation>
    </message>
    <message>
        <source>Add the security context</source>
        <translation>Ajouter le contexte de sécurité</translation>
    </message>
</context>
<context>
    <name>agm::SideBySideDiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Go to the previous change</source>
        <translation>Aller à la modification précédente</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Go to the next change</source>
        <translation>Aller à la modification suivante</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Taille de texte par défaut</translation>
    </message>
    <message>
        <source>Fold Unchanged Lines</source>
        <translation>Replier l&apos;inchangé</translation>
    </message>
    <message>
        <source>Fold long runs of unchanged lines</source>
        <translation>Replier les longues séries de lignes inchangées</translation>
    </message>
    <message numerus="yes">
        <source>Fold runs of unchanged lines, keeping %n line(s) of context around each change</source>
        <translation>
            <numerusform>Replier les séries de lignes inchangées en conservant %n ligne de contexte autour de chaque modification</numerusform>
            <numerusform>Replier les séries de lignes inchangées en conservant %n lignes de contexte autour de chaque modification</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text size; Ctrl+0 resets it</source>
        <translation>Taille du texte&#xa0;; Ctrl+0 la réinitialise</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <source>Migrated text</source>
        <translation>Texte migré</translation>
    </message>
    <message>
        <source>Scroll both texts</source>
        <translation>Faire défiler les deux textes</translation>
    </message>
    <message>
        <source>Scroll long lines</source>
        <translation>Faire défiler les lignes longues</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migré</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so files are shown without token colours</source>
        <translation>KSyntaxHighlighting n&apos;est pas disponible dans cette version&#xa0;; les fichiers sont donc affichés sans coloration syntaxique</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting is not available in this build, so %1 is shown without token colours</source>
        <translation>KSyntaxHighlighting n&apos;est pas disponible dans cette version&#xa0;; le code %1 est donc affiché sans coloration syntaxique</translation>
    </message>
    <message>
        <source>Token colours by KSyntaxHighlighting %1</source>
        <translation>Coloration syntaxique par KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 has no syntax definition for %2, so it is shown without token colours</source>
        <translation>KSyntaxHighlighting %1 n&apos;a pas de définition de syntaxe pour %2&#xa0;; le fichier est donc affiché sans coloration syntaxique</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB, so it is shown without %2 colours (KSyntaxHighlighting %3)</source>
        <translation>%1 dépasse 10 Mo&#xa0;; il est donc affiché sans coloration %2 (KSyntaxHighlighting %3)</translation>
    </message>
    <message>
        <source>%1 colours by KSyntaxHighlighting %2</source>
        <translation>Coloration %1 par KSyntaxHighlighting %2</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>&amp;Renvoyer les lignes longues à la ligne</translation>
    </message>
    <message>
        <source>Wrap lines wider than the pane instead of scrolling sideways</source>
        <translation>Renvoyer à la ligne les lignes plus larges que le volet au lieu de défiler horizontalement</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;En ligne</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Too narrow for two panes here: widen the window or zoom out for side by side</source>
        <translation>Trop étroit pour deux volets ici&#xa0;: élargissez la fenêtre ou dézoomez pour l&apos;affichage côte à côte</translation>
    </message>
    <message>
        <source>One column: each changed line as removed, then as added</source>
        <translation>Une colonne&#xa0;: chaque ligne modifiée comme supprimée, puis comme ajoutée</translation>
    </message>
    <message>
        <source>Original and migrated text, inline</source>
        <translation>Texte original et migré, en ligne</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
</context>
<context>
    <name>agm::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminée</translation>
    </message>
    <message>
        <source>%1: current</source>
        <translation>%1&#xa0;: en cours</translation>
    </message>
    <message>
        <source>%1: blocked</source>
        <translation>%1&#xa0;: bloquée</translation>
    </message>
    <message>
        <source>%1: to do</source>
        <translation>%1&#xa0;: à faire</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation>Étape %1 sur %2, %3</translation>
    </message>
</context>
<context>
    <name>agm::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&lt;p&gt;Originals kept as:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Originaux conservés sous&#xa0;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Rapports&#xa0;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next, after a new gateway token if yours has expired:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Étapes suivantes (après avoir généré un nouveau jeton de passerelle si le vôtre a expiré)&#xa0;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;check the gateway&apos;s status in the Azure portal (Gateways &amp;gt; your gateway)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;vérifier l&apos;état de la passerelle dans le portail Azure (Passerelles &amp;gt; votre passerelle)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>%n modification écrite dans &lt;b&gt;%1&lt;/b&gt;.</numerusform>
            <numerusform>%n modifications écrites dans &lt;b&gt;%1&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written in place.</source>
        <translation>
            <numerusform>%n modification écrite sur place.</numerusform>
            <numerusform>%n modifications écrites sur place.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Check these files:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vérifiez ces fichiers&#xa0;:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Le dossier %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No file manager opened the folder. It is: %1</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a ouvert le dossier. Le voici&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Copies the commands above to the clipboard, one a line</source>
        <translation>Copie les commandes ci-dessus dans le presse-papiers, une par ligne</translation>
    </message>
    <message>
        <source>Written, but not everything is migrated</source>
        <translation>Écrit, mais tout n&apos;est pas migré</translation>
    </message>
    <message numerus="yes">
        <source>Not done (%n item(s)); the report lists each one:</source>
        <translation>
            <numerusform>Non effectué (%n élément)&#xa0;; le rapport liste chacun d&apos;eux&#xa0;:</numerusform>
            <numerusform>Non effectué (%n éléments)&#xa0;; le rapport liste chacun d&apos;eux&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The connectivity checks could not run: %1.</source>
        <translation>Les vérifications de connectivité n&apos;ont pas pu s&apos;exécuter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;li&gt;change the items under Not done by hand, or fix the files that could not be read and run the migration again&lt;/li&gt;</source>
        <translation>&lt;li&gt;modifiez manuellement les éléments listés sous Non effectué, ou corrigez les fichiers illisibles et relancez la migration&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports, in &lt;code&gt;%1&lt;/code&gt;:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Rapports, dans &lt;code&gt;%1&lt;/code&gt;&#xa0;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>agm::WelcomePage</name>
    <message>
        <source>Move your self-hosted gateway to v2</source>
        <translation>Migrer votre passerelle auto-hébergée vers la v2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Azure API Management retired the v0 and v1 self-hosted gateway images and the Configuration API v1 on &lt;b&gt;1 October 2023&lt;/b&gt;. Gateways still on them stop receiving configuration. This wizard reads the files you deploy the gateway with and makes the three changes v2 needs:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Image&lt;/b&gt;: pin an exact 2.x.y tag from the Microsoft Container Registry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Endpoint&lt;/b&gt;: point &lt;code&gt;config.service.endpoint&lt;/code&gt; at &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Security context&lt;/b&gt;: run as user 1001 with a writable root file system.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only the bytes these changes need are touched: comments, quotes, indentation and line endings stay as they are. You review every change side by side before anything is written, your originals are never modified unless you ask for it, and tokens stay masked.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;migration guide&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;retirement notice&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;production guidance&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Azure API Management a mis hors service les images v0 et v1 de la passerelle auto-hébergée ainsi que l&apos;API de configuration v1 le &lt;b&gt;1er octobre 2023&lt;/b&gt;. Les passerelles qui les utilisent encore ne reçoivent plus de configuration. Cet assistant lit les fichiers avec lesquels vous déployez la passerelle et apporte les trois modifications requises par la v2&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Image&lt;/b&gt;&#xa0;: épingler une balise 2.x.y exacte du Microsoft Container Registry.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Point de terminaison&lt;/b&gt;&#xa0;: faire pointer &lt;code&gt;config.service.endpoint&lt;/code&gt; vers &lt;code&gt;&amp;lt;service&amp;gt;.configuration.azure-api.net&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Contexte de sécurité&lt;/b&gt;&#xa0;: exécuter en tant qu&apos;utilisateur 1001 avec un système de fichiers racine accessible en écriture.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Seuls les octets nécessaires à ces modifications sont touchés&#xa0;: les commentaires, les guillemets, la mise en retrait et les fins de ligne restent tels quels. Vous passez en revue chaque modification côte à côte avant toute écriture, vos originaux ne sont jamais modifiés sans votre demande, et les jetons restent masqués.&lt;/p&gt;&lt;p&gt;Documentation&#xa0;: &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/self-hosted-gateway-migration-guide&quot;&gt;guide de migration&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/breaking-changes/self-hosted-gateway-v0-v1-retirement-oct-2023&quot;&gt;avis de mise hors service&lt;/a&gt; · &lt;a href=&quot;https://learn.microsoft.com/azure/api-management/how-to-self-hosted-gateway-on-kubernetes-in-production&quot;&gt;recommandations pour la production&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Loads a training set: a Contoso gateway deployed with Kubernetes YAML, Docker, Helm and compose.</source>
        <translation>Charge un jeu d&apos;exemples&#xa0;: une passerelle Contoso déployée avec du YAML Kubernetes, Docker, Helm et Compose.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The training set could not be prepared in a temporary folder.</source>
        <translation>Le jeu d&apos;exemples n&apos;a pas pu être préparé dans un dossier temporaire.</translation>
    </message>
    <message>
        <source>The demo loads a Contoso gateway deployed four ways (Kubernetes, Docker, Helm, compose). Or press Next to import your own files.</source>
        <translation>La démo charge une passerelle Contoso déployée de quatre façons (Kubernetes, Docker, Helm, Compose). Vous pouvez aussi cliquer sur «&#xa0;Suivant&#xa0;» pour importer vos propres fichiers.</translation>
    </message>
    <message>
        <source>Start from a &amp;recipe…</source>
        <translation>Partir d&apos;une &amp;recette…</translation>
    </message>
    <message>
        <source>Opens a migration recipe (migration-recipe.json): the decisions of an earlier migration, applied to the files you import next.</source>
        <translation>Ouvre une recette de migration (migration-recipe.json)&#xa0;: les décisions d&apos;une migration précédente, appliquées aux fichiers que vous importez ensuite.</translation>
    </message>
    <message>
        <source>Start from a recipe</source>
        <translation>Partir d&apos;une recette</translation>
    </message>
    <message>
        <source>Recipes (*.json);;All files (*)</source>
        <translation>Recettes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This recipe cannot be used:
%1

Fix it, or export a new one from the wizard.</source>
        <translation>Cette recette est inutilisable&#xa0;:
%1

Corrigez-la, ou exportez-en une nouvelle depuis l&apos;assistant.</translation>
    </message>
    <message>
        <source>A recipe replays the decisions of an earlier migration (image tag, endpoint answers, changes left out) on other copies of the files; the pages mark every choice that came from it.</source>
        <translation>Une recette rejoue les décisions d&apos;une migration précédente (balise d&apos;image, réponses sur les points de terminaison, modifications exclues) sur d&apos;autres copies des fichiers&#xa0;; les pages signalent chaque choix qui en provient.</translation>
    </message>
</context>
<context>
    <name>agm::app</name>
    <message>
        <source>apim-gateway-migrator: unknown command &apos;%1&apos;.
</source>
        <translation>apim-gateway-migrator: commande inconnue &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>Plan and apply the self-hosted gateway v2 migration without a GUI.
Without --out, --in-place or --check it prints the unified diff (secrets masked) and writes nothing.</source>
        <translation>Planifie et applique la migration v2 de la passerelle auto-hébergée sans interface graphique.
Sans --out, --in-place ni --check, affiche le diff unifié (secrets masqués) et n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>Deployment files or folders.</source>
        <translation>Fichiers ou dossiers de déploiement.</translation>
    </message>
    <message>
        <source>Target image tag (default: the recommended pinned 2.x.y of the tag list).</source>
        <translation>Balise d&apos;image cible (par défaut&#xa0;: la balise 2.x.y épinglée recommandée de la liste des balises).</translation>
    </message>
    <message>
        <source>v2 configuration host where it cannot be derived (custom domain, placeholder).</source>
        <translation>Hôte de configuration v2 là où il ne peut pas être déduit (domaine personnalisé, espace réservé).</translation>
    </message>
    <message>
        <source>Write migrated copies under DIR, mirroring the inputs&apos; layout.</source>
        <translation>Écrire les copies migrées sous DIR, en reproduisant l&apos;arborescence des entrées.</translation>
    </message>
    <message>
        <source>Rewrite the inputs, keeping .bak copies of the originals.</source>
        <translation>Réécrire les entrées en conservant des copies .bak des originaux.</translation>
    </message>
    <message>
        <source>Skip a step: image, endpoint, security or extras (repeatable).</source>
        <translation>Ignorer une étape&#xa0;: image, endpoint, security ou extras (répétable).</translation>
    </message>
    <message>
        <source>Change nothing; exit 1 if anything still needs migration.</source>
        <translation>Ne rien modifier&#xa0;; code de sortie 1 s&apos;il reste quelque chose à migrer.</translation>
    </message>
    <message>
        <source>Print the plan as JSON on stdout.</source>
        <translation>Afficher le plan au format JSON sur stdout.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
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
        <translation>Exécutez &apos;apim-gateway-migrator migrate --help&apos;.
</translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation>indiquez au moins un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>--out, --in-place and --check exclude each other.</source>
        <translation>--out, --in-place et --check s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--json prints the plan instead of writing; use --report FILE.json with --out or --in-place.</source>
        <translation>--json affiche le plan au lieu d&apos;écrire&#xa0;; utilisez --report FILE.json avec --out ou --in-place.</translation>
    </message>
    <message>
        <source>--skip %1: use image, endpoint, security or extras.</source>
        <translation>--skip %1&#xa0;: utilisez image, endpoint, security ou extras.</translation>
    </message>
    <message>
        <source>the tag list (%1) has no pinned 2.x.y tag; give one with --tag.</source>
        <translation>la liste des balises (%1) ne contient aucune balise 2.x.y épinglée&#xa0;; indiquez-en une avec --tag.</translation>
    </message>
    <message>
        <source>--tag %1 is not a valid image tag.</source>
        <translation>--tag %1 n&apos;est pas une balise d&apos;image valide.</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2); check that it exists.
</source>
        <translation>avertissement&#xa0;: la balise %1 ne figure pas dans la liste des balises (%2)&#xa0;; vérifiez qu&apos;elle existe.
</translation>
    </message>
    <message>
        <source>warning: %1 is not a pinned 2.x.y tag; production deployments should pin one.
</source>
        <translation>avertissement&#xa0;: %1 n&apos;est pas une balise 2.x.y épinglée&#xa0;; les déploiements de production devraient en épingler une.
</translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: erreur&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1: question: %2
</source>
        <translation>%1: question&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: avertissement&#xa0;: %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>écrit&#xa0;: %1
</translation>
    </message>
    <message>
        <source>kept the original as %1
</source>
        <translation>original conservé sous %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--tags-url: %1.</source>
        <translation>--tags-url&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--ca-file %1: no such file.</source>
        <translation>--ca-file %1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>--timeout %1: give the seconds to wait, more than 0 and at most 3600.</source>
        <translation>--timeout %1&#xa0;: indiquez le nombre de secondes d&apos;attente (supérieur à 0 et au plus 3600).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>BALISE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>  (recommended)</source>
        <translation>  (recommandée)</translation>
    </message>
    <message>
        <source>Read the tag list (MCR tags/list JSON, or the JSON of &apos;tags --json&apos;) from FILE.</source>
        <translation>Lire la liste des balises depuis FILE (JSON tags/list du MCR, ou JSON de &apos;tags --json&apos;).</translation>
    </message>
    <message>
        <source>Tag list URL of a registry that mirrors the image (default: MCR). https only; plain http only for loopback hosts.</source>
        <translation>URL de la liste des balises d&apos;un registre qui met en miroir l&apos;image (par défaut&#xa0;: MCR). https uniquement&#xa0;; http non chiffré seulement pour les hôtes de bouclage.</translation>
    </message>
    <message>
        <source>No network: the cached tag list (of --tags-url, default MCR), then the bundled snapshot.</source>
        <translation>Sans réseau&#xa0;: la liste des balises en cache (de --tags-url, par défaut MCR), puis l&apos;instantané fourni.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (for a private registry).</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de PEM (pour un registre privé).</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 only, never HTTP/2.</source>
        <translation>Utiliser uniquement HTTP/1.1, jamais HTTP/2.</translation>
    </message>
    <message>
        <source>Give up on the registry after SEC seconds (default 60).</source>
        <translation>Abandonner les requêtes au registre après SEC secondes (par défaut&#xa0;: 60).</translation>
    </message>
    <message>
        <source>--tags-file %1: %2. Expected the JSON of GET /v2/azure-api-management/gateway/tags/list.</source>
        <translation>--tags-file %1&#xa0;: %2. Le JSON de GET /v2/azure-api-management/gateway/tags/list est attendu.</translation>
    </message>
    <message>
        <source>note: the live tag list failed: %1; using the %2.
</source>
        <translation>remarque&#xa0;: échec de la récupération de la liste des balises en direct&#xa0;: %1&#xa0;; source utilisée&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>note: offline: %1; using the %2.
</source>
        <translation>remarque&#xa0;: hors connexion&#xa0;: %1&#xa0;; source utilisée&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>warning: %1.
</source>
        <translation>avertissement&#xa0;: %1.
</translation>
    </message>
    <message>
        <source>List the image tags of azure-api-management/gateway with their kind (pinned, preview, rolling, floating,
legacy, other) and the recommended pinned tag. By default the live MCR list; when the registry cannot be
reached, the cached list of the last live fetch, then the bundled snapshot (a note on stderr says so).
The cache lives in %1.</source>
        <translation>Liste les balises d&apos;image de azure-api-management/gateway avec leur type (pinned, preview, rolling, floating,
legacy, other) et la balise épinglée recommandée. Par défaut, la liste MCR en direct&#xa0;; si le registre est
inaccessible, la liste mise en cache lors de la dernière récupération en direct, puis l&apos;instantané fourni
(une remarque sur stderr le signale). Le cache se trouve dans %1.</translation>
    </message>
    <message>
        <source>Print JSON: source, url, fetchedAt, recommended, tags [{name, kind}], and more.</source>
        <translation>Afficher du JSON&#xa0;: source, url, fetchedAt, recommended, tags [{name, kind}], etc.</translation>
    </message>
    <message>
        <source>Also pin TAG by digest: ask the registry (of --tags-url, default MCR) for its manifest digest and print TAG@sha256:...</source>
        <translation>Épingler aussi TAG par synthèse&#xa0;: demander au registre (de --tags-url, par défaut MCR) la synthèse de son manifeste et afficher TAG@sha256:...</translation>
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
        <translation>Exécutez &apos;apim-gateway-migrator tags --help&apos;.
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--digest asks the registry; it cannot be combined with --offline.</source>
        <translation>--digest interroge le registre&#xa0;; il ne peut pas être combiné avec --offline.</translation>
    </message>
    <message>
        <source>--digest %1 is not a valid tag name.</source>
        <translation>--digest %1 n&apos;est pas un nom de balise valide.</translation>
    </message>
    <message>
        <source>warning: tag %1 is not in the tag list (%2).
</source>
        <translation>avertissement&#xa0;: la balise %1 ne figure pas dans la liste des balises (%2).
</translation>
    </message>
    <message>
        <source>--digest %1: %2</source>
        <translation>--digest %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>source: %1
</source>
        <translation>source&#xa0;: %1
</translation>
    </message>
    <message>
        <source>proxy: %1
</source>
        <translation>proxy&#xa0;: %1
</translation>
    </message>
    <message>
        <source>digest: %1</source>
        <translation>synthèse&#xa0;: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>registry Last-Modified: %1
</source>
        <translation>Last-Modified du registre&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Check live that the endpoints the v2 gateway needs answer, layer by layer: DNS, TCP, TLS (certificate
details against the system&apos;s trust store plus --ca-file) and HTTP (any status means the endpoint
answers), through HTTPS_PROXY/NO_PROXY or the system proxy. The port defaults to 443. --from takes the
endpoints from deployment files: the v2 configuration host the migration writes.
Deadlines per layer: DNS 5 s, TCP 5 s per address, TLS 10 s, HTTP 30 s without data.
Exit codes: 0 all passed, 1 a check failed, 2 error.</source>
        <translation>Vérifie en direct que les points de terminaison nécessaires à la passerelle v2 répondent, couche par couche&#xa0;: DNS, TCP,
TLS (détails du certificat vérifiés avec le magasin de confiance du système plus --ca-file) et HTTP (tout statut signifie
que le point de terminaison répond), via HTTPS_PROXY/NO_PROXY ou le proxy système. Le port par défaut est 443. --from prend
les points de terminaison dans des fichiers de déploiement&#xa0;: l&apos;hôte de configuration v2 qu&apos;écrit la migration.
Délais par couche&#xa0;: DNS 5 s, TCP 5 s par adresse, TLS 10 s, HTTP 30 s sans données.
Codes de sortie&#xa0;: 0 tout a réussi, 1 une vérification a échoué, 2 erreur.</translation>
    </message>
    <message>
        <source>An endpoint to check, e.g. contoso.configuration.azure-api.net.</source>
        <translation>Un point de terminaison à vérifier, par exemple contoso.configuration.azure-api.net.</translation>
    </message>
    <message>
        <source>Check the endpoints of the deployment files or folder PATH (repeatable).</source>
        <translation>Vérifier les points de terminaison des fichiers de déploiement ou du dossier PATH (répétable).</translation>
    </message>
    <message>
        <source>Resolve through the DNS server IP (port 53) instead of the system resolver, e.g. for a private DNS zone.</source>
        <translation>Résoudre via le serveur DNS IP (port 53) au lieu du résolveur système, par exemple pour une zone DNS privée.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM (a TLS-inspecting proxy&apos;s or a private CA).</source>
        <translation>Approuver aussi les certificats d&apos;AC de PEM (ceux d&apos;un proxy d&apos;inspection TLS ou d&apos;une AC privée).</translation>
    </message>
    <message>
        <source>Give each layer at most SEC seconds (instead of 5, 5, 10 and 30).</source>
        <translation>Accorder au plus SEC secondes à chaque couche (au lieu de 5, 5, 10 et 30).</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}.</source>
        <translation>Afficher du JSON&#xa0;: {&quot;results&quot;: [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}.</translation>
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
        <translation>Exécutez &apos;apim-gateway-migrator check --help&apos;.
</translation>
    </message>
    <message>
        <source>--dns-server %1: give the DNS server&apos;s IP address.</source>
        <translation>--dns-server %1&#xa0;: indiquez l&apos;adresse IP du serveur DNS.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: error: %3
</source>
        <translation>%1:%2: erreur&#xa0;: %3
</translation>
    </message>
    <message>
        <source>note: not checked: %1
</source>
        <translation>remarque&#xa0;: non vérifié&#xa0;: %1
</translation>
    </message>
    <message>
        <source>give at least one HOST[:PORT] or --from PATH.</source>
        <translation>indiquez au moins un HOST[:PORT] ou --from PATH.</translation>
    </message>
    <message>
        <source>no v2 configuration host to check in %1; name one as HOST.</source>
        <translation>aucun hôte de configuration v2 à vérifier dans %1&#xa0;; indiquez-en un comme HOST.</translation>
    </message>
    <message>
        <source>What the gateway pod will see (from the files) beside this computer:
</source>
        <translation>Ce que verra le pod de la passerelle (selon les fichiers), à côté de cet ordinateur&#xa0;:
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
        <translation>Utilisation&#xa0;:
  apim-gateway-migrator [--demo] [PATH...]          ouvrir l&apos;assistant (préchargé avec les PATH ou le jeu d&apos;exemples)
  apim-gateway-migrator migrate [options] PATH...   planifier et appliquer la migration v2 sans interface graphique
  apim-gateway-migrator tags [--tags-file FILE | --tags-url URL | --offline] [--json] [--digest TAG]
                                                    lister les balises d&apos;image (MCR en direct, cache ou instantané fourni)
  apim-gateway-migrator check [--dns-server IP] [--ca-file PEM] [--timeout SEC] [--json] (HOST[:PORT] | --from PATH)...
                                                    vérifier DNS, TCP, TLS et HTTP des points de terminaison nécessaires à la passerelle v2
  apim-gateway-migrator --version | --help
Chaque commande accepte --lang CODE (de, fr, ja, zh_CN&#xa0;; par défaut&#xa0;: la langue du système).

Exécutez &apos;apim-gateway-migrator migrate --help&apos;, &apos;tags --help&apos; ou &apos;check --help&apos; pour connaître leurs options.
Codes de sortie&#xa0;: 0 succès, 1 modifications en attente ou questions en suspens (--check) ou une vérification a échoué, 2 erreur.
</translation>
    </message>
    <message>
        <source>Every command also accepts --verbose (-v): it logs each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.
</source>
        <translation>Chaque commande accepte aussi --verbose (-v)&#xa0;: chaque étape est journalisée sur stderr (fichiers lus, constats, modifications, écritures, requêtes réseau)&#xa0;; les secrets ne sont jamais journalisés.
</translation>
    </message>
    <message>
        <source>Log each step on stderr (files read, findings, edits, writes, network requests); secrets are never logged.</source>
        <translation>Journaliser chaque étape sur stderr (fichiers lus, constats, modifications, écritures, requêtes réseau)&#xa0;; les secrets ne sont jamais journalisés.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>The wizard also accepts --recipe FILE: it starts from the decisions of a recipe (migration-recipe.json; see &apos;migrate --help&apos;).
</source>
        <translation>L&apos;assistant accepte aussi --recipe FILE&#xa0;: il part des décisions d&apos;une recette (migration-recipe.json&#xa0;; voir &apos;migrate --help&apos;).
</translation>
    </message>
    <message>
        <source>Start from the decisions of a recipe (migration-recipe.json).</source>
        <translation>Partir des décisions d&apos;une recette (migration-recipe.json).</translation>
    </message>
    <message>
        <source>Fix the recipe, or start without --recipe.
</source>
        <translation>Corrigez la recette, ou démarrez sans --recipe.
</translation>
    </message>
    <message>
        <source>%1: files %2, pending %3, errors %4
</source>
        <translation>%1&#xa0;: fichiers %2, en attente %3, erreurs %4
</translation>
    </message>
    <message>
        <source>Write a report; the format follows the extension: .md, .html, .json or .sarif (SARIF 2.1.0 for code scanning). An existing file is never replaced; with --out or --in-place the report is written only after the files.</source>
        <translation>Écrire un rapport&#xa0;; le format dépend de l&apos;extension&#xa0;: .md, .html, .json ou .sarif (SARIF 2.1.0 pour l&apos;analyse du code). Un fichier existant n&apos;est jamais remplacé&#xa0;; avec --out ou --in-place, le rapport n&apos;est écrit qu&apos;après les fichiers.</translation>
    </message>
    <message>
        <source>Apply the decisions of a recipe (tag, endpoint answers, skipped steps, changes left out); --tag, --endpoint and --skip override it.</source>
        <translation>Appliquer les décisions d&apos;une recette (balise, réponses sur les points de terminaison, étapes ignorées, modifications exclues)&#xa0;; --tag, --endpoint et --skip la remplacent.</translation>
    </message>
    <message>
        <source>Write the recipe of this run&apos;s decisions to FILE (never replaces a file).</source>
        <translation>Écrire la recette des décisions de cette exécution dans FILE (ne remplace jamais un fichier).</translation>
    </message>
    <message>
        <source>--endpoint %1 cannot be used: %2.</source>
        <translation>--endpoint %1 est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--report %1: use a .md, .html, .json or .sarif file name.</source>
        <translation>--report %1&#xa0;: utilisez un nom de fichier .md, .html, .json ou .sarif.</translation>
    </message>
    <message>
        <source>--report %1 already exists; choose another name (nothing was written).</source>
        <translation>--report %1 existe déjà&#xa0;; choisissez un autre nom (rien n&apos;a été écrit).</translation>
    </message>
    <message>
        <source>--save-recipe %1 already exists; choose another name (nothing was written).</source>
        <translation>--save-recipe %1 existe déjà&#xa0;; choisissez un autre nom (rien n&apos;a été écrit).</translation>
    </message>
    <message>
        <source>migrate: fix the recipe (or write a new one with --save-recipe), then run again; nothing was written.
</source>
        <translation>migrate&#xa0;: corrigez la recette (ou écrivez-en une nouvelle avec --save-recipe), puis relancez&#xa0;; rien n&apos;a été écrit.
</translation>
    </message>
    <message>
        <source>--tag %1 is a v0/v1 gateway image (or no 2.x.y version); give a pinned 2.x.y tag such as %2.</source>
        <translation>--tag %1 est une image de passerelle v0/v1 (ou sans version 2.x.y)&#xa0;; indiquez une balise 2.x.y épinglée telle que %2.</translation>
    </message>
    <message>
        <source>%1:%2: note: %3
</source>
        <translation>%1:%2: remarque&#xa0;: %3
</translation>
    </message>
    <message>
        <source>%1: change by hand: %2
</source>
        <translation>%1: à modifier manuellement&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1: left out (%2): %3
</source>
        <translation>%1: exclu (%2)&#xa0;: %3
</translation>
    </message>
    <message>
        <source>wrote the report %1
</source>
        <translation>rapport %1 écrit
</translation>
    </message>
    <message>
        <source>--report %1: %2
</source>
        <translation>--report %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>--save-recipe %1: %2
</source>
        <translation>--save-recipe %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>status: %1
</source>
        <translation>état&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--tags-file excludes --tags-url.</source>
        <translation>--tags-file exclut --tags-url.</translation>
    </message>
    <message>
        <source>warning: %1; the registry was asked %2. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported): fix it or unset it.
</source>
        <translation>avertissement&#xa0;: %1&#xa0;; le registre a été interrogé %2. Une URL de proxy a la forme http://HOST:PORT ou socks5h://HOST:PORT (les URL de proxy https:// ne sont pas prises en charge)&#xa0;: corrigez-la ou supprimez-la.
</translation>
    </message>
    <message>
        <source>through %1 instead</source>
        <translation>via %1 à la place</translation>
    </message>
    <message>
        <source>without a proxy</source>
        <translation>sans proxy</translation>
    </message>
    <message>
        <source>apim-gateway-migrator: the wizard cannot open: its module %1 could not be loaded: %2
The installation is incomplete; reinstall APIM Gateway Migrator. The commands migrate, tags and check do not need the module.
</source>
        <translation>apim-gateway-migrator : l&apos;assistant ne peut pas s&apos;ouvrir : son module %1 n&apos;a pas pu être chargé : %2
L&apos;installation est incomplète ; réinstallez APIM Gateway Migrator. Les commandes migrate, tags et check n&apos;ont pas besoin du module.
</translation>
    </message>
    <message>
        <source>the network module %1 could not be loaded: %2. The installation is incomplete; reinstall APIM Gateway Migrator (--offline and --tags-file work without the module).</source>
        <translation>le module réseau %1 n&apos;a pas pu être chargé : %2. L&apos;installation est incomplète ; réinstallez APIM Gateway Migrator (--offline et --tags-file fonctionnent sans le module).</translation>
    </message>
</context>
<context>
    <name>agm::net</name>
    <message>
        <source>none (%1 matches %2)</source>
        <translation>aucun (%1 correspond à %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>system proxy %1</source>
        <translation>proxy système %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; ne comporte pas d&apos;hôte</translation>
    </message>
    <message>
        <source>%1: credentials in the URL are not supported</source>
        <translation>%1&#xa0;: les informations d&apos;identification dans l&apos;URL ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https</source>
        <translation>%1&#xa0;: le http non chiffré n&apos;est autorisé que pour les hôtes de bouclage (127.0.0.1, ::1, localhost)&#xa0;; utilisez https</translation>
    </message>
    <message>
        <source>%1: only https URLs are supported</source>
        <translation>%1&#xa0;: seules les URL https sont prises en charge</translation>
    </message>
    <message>
        <source>refused to go from https to plain http (%1)</source>
        <translation>passage de https à http non chiffré refusé (%1)</translation>
    </message>
    <message>
        <source>no cached tag list for %1</source>
        <translation>aucune liste des balises en cache pour %1</translation>
    </message>
    <message>
        <source>cannot read the cached tag list %1 (%2)</source>
        <translation>impossible de lire la liste des balises en cache %1 (%2)</translation>
    </message>
    <message>
        <source>the cached tag list %1 is too large; delete it</source>
        <translation>la liste des balises en cache %1 est trop volumineuse&#xa0;; supprimez-la</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: %2</source>
        <translation>la liste des balises en cache %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the cached tag list %1 is damaged: no valid &quot;fetchedAt&quot;</source>
        <translation>la liste des balises en cache %1 est endommagée&#xa0;: aucun &quot;fetchedAt&quot; valide</translation>
    </message>
    <message>
        <source>cannot create the cache folder %1</source>
        <translation>impossible de créer le dossier de cache %1</translation>
    </message>
    <message>
        <source>not found; check the registry URL and repository name</source>
        <translation>introuvable&#xa0;; vérifiez l&apos;URL du registre et le nom du dépôt</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the registry failed; try again later</source>
        <translation>erreur du registre&#xa0;; réessayez plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>live from %1, fetched %2</source>
        <translation>en direct de %1, récupérée le %2</translation>
    </message>
    <message>
        <source>cache of %1, fetched %2 (%3 ago)</source>
        <translation>cache de %1, récupéré le %2 (il y a %3)</translation>
    </message>
    <message>
        <source>bundled snapshot of %1</source>
        <translation>instantané fourni du %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s (the deadline)</source>
        <translation>%1&#xa0;: pas de réponse complète dans le délai de %2 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de balise valide</translation>
    </message>
    <message>
        <source>%1 does not name a repository (expected https://HOST/v2/REPOSITORY/tags/list)</source>
        <translation>%1 ne désigne pas de dépôt (attendu&#xa0;: https://HOST/v2/REPOSITORY/tags/list)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>fichier d&apos;AC %1&#xa0;: impossible de le lire (%2)</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>fichier d&apos;AC %1&#xa0;: ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>cette version ne prend pas en charge TLS</translation>
    </message>
    <message>
        <source>refused to send the registry token to another host (%1)</source>
        <translation>refus d&apos;envoyer le jeton du registre à un autre hôte (%1)</translation>
    </message>
    <message>
        <source>%1: redirect refused: %2</source>
        <translation>%1&#xa0;: redirection refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the registry has no manifest for tag %1</source>
        <translation>le registre n&apos;a pas de manifeste pour la balise %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1&#xa0;: HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: no data for %2 s (inactivity timeout)</source>
        <translation>%1&#xa0;: aucune donnée depuis %2 s (délai d&apos;inactivité)</translation>
    </message>
    <message>
        <source>%1: TLS certificate not accepted (%2). TLS is never bypassed; a private CA can be trusted explicitly with a CA file.</source>
        <translation>%1&#xa0;: certificat TLS non accepté (%2). TLS n&apos;est jamais contourné&#xa0;; une AC privée peut être approuvée explicitement avec un fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>%1: %2 (through %3)</source>
        <translation>%1&#xa0;: %2 (via %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the token service refused an anonymous token (HTTP 401)</source>
        <translation>%1&#xa0;: le service de jetons a refusé un jeton anonyme (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: HTTP 401: the registry asks for %2 credentials; only anonymous access is supported</source>
        <translation>%1&#xa0;: HTTP 401&#xa0;: le registre demande des informations d&apos;identification (%2)&#xa0;; seul l&apos;accès anonyme est pris en charge</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>%1: HTTP 401 even with an anonymous token: the repository needs credentials</source>
        <translation>%1&#xa0;: HTTP 401 même avec un jeton anonyme&#xa0;: le dépôt exige des informations d&apos;identification</translation>
    </message>
    <message>
        <source>%1: token service refused: %2</source>
        <translation>%1&#xa0;: refus du service de jetons&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the token service answered without a usable &quot;token&quot; or &quot;access_token&quot;</source>
        <translation>%1&#xa0;: le service de jetons a répondu sans &quot;token&quot; ni &quot;access_token&quot; utilisable</translation>
    </message>
    <message>
        <source>%1: HTTP 429 Too Many Requests: the registry is limiting requests</source>
        <translation>%1&#xa0;: HTTP 429 Too Many Requests&#xa0;: le registre limite les requêtes</translation>
    </message>
    <message>
        <source>; it asks to retry after %1 s</source>
        <translation>; il demande de réessayer après %1 s</translation>
    </message>
    <message>
        <source> (already retried once)</source>
        <translation> (déjà réessayé une fois)</translation>
    </message>
    <message>
        <source> (longer than the deadline allows)</source>
        <translation> (plus long que le délai ne le permet)</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>page %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>page %1 (%2): more than %3 tags in all; refused</source>
        <translation>page %1 (%2)&#xa0;: plus de %3 balises au total&#xa0;; refusé</translation>
    </message>
    <message>
        <source>page %1 (%2): next-page link refused: %3</source>
        <translation>page %1 (%2)&#xa0;: lien vers la page suivante refusé&#xa0;: %3</translation>
    </message>
    <message>
        <source>page %1 (%2): the next-page link leads back to %3</source>
        <translation>page %1 (%2)&#xa0;: le lien vers la page suivante ramène à %3</translation>
    </message>
    <message>
        <source>page %1 (%2): the list goes on beyond %3 pages; refused</source>
        <translation>page %1 (%2)&#xa0;: la liste dépasse %3 pages&#xa0;; refusé</translation>
    </message>
    <message>
        <source>%1: the registry sent no Docker-Content-Digest header</source>
        <translation>%1&#xa0;: le registre n&apos;a envoyé aucun en-tête Docker-Content-Digest</translation>
    </message>
    <message>
        <source>%1: Docker-Content-Digest &apos;%2&apos; is not sha256: and 64 lowercase hex digits</source>
        <translation>%1&#xa0;: Docker-Content-Digest &apos;%2&apos; n&apos;est pas de la forme sha256: suivi de 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>; no cached copy yet</source>
        <translation>; pas encore de copie en cache</translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation>impossible de le lire (%1)</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a tag list</source>
        <translation>plus de %1 Mo&#xa0;; pas une liste de balises</translation>
    </message>
    <message>
        <source>cannot write the tag cache: %1</source>
        <translation>impossible d&apos;écrire le cache des balises&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB; refused</source>
        <translation>la réponse dépasse %1 Mo&#xa0;; refusée</translation>
    </message>
    <message>
        <source>the answer is compressed as &apos;%1&apos;, which this program cannot read; a proxy may have changed it: check the proxy&apos;s settings</source>
        <translation>la réponse est compressée en &apos;%1&apos;, que ce programme ne sait pas lire&#xa0;; un proxy l&apos;a peut-être modifiée&#xa0;: vérifiez les paramètres du proxy</translation>
    </message>
    <message>
        <source>the answer&apos;s %1 data is broken or cut short; try again, and if it persists check the proxy or the registry</source>
        <translation>les données %1 de la réponse sont endommagées ou tronquées&#xa0;; réessayez et, si le problème persiste, vérifiez le proxy ou le registre</translation>
    </message>
    <message>
        <source>%1 (%2) ignored: not an http://, socks5:// or socks5h:// proxy URL</source>
        <translation>%1 (%2) ignoré&#xa0;: ce n&apos;est pas une URL de proxy http://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <source>too many redirects (loop) at %1; check the tag list URL, or ask the registry&apos;s operator to fix its redirects</source>
        <translation>trop de redirections (boucle) à %1&#xa0;; vérifiez l&apos;URL de la liste des balises, ou demandez à l&apos;opérateur du registre de corriger ses redirections</translation>
    </message>
    <message>
        <source>%1: redirect to a non-HTTP(S) URL refused (%2); check the tag list URL: it must lead to an https registry</source>
        <translation>%1: redirection vers une URL non HTTP(S) refusée (%2)&#xa0;; vérifiez l&apos;URL de la liste des balises&#xa0;: elle doit mener à un registre https</translation>
    </message>
</context>
<context>
    <name>agm::net::Checks</name>
    <message>
        <source>CA file %1: cannot read it (%2)</source>
        <translation>fichier d&apos;AC %1&#xa0;: impossible de le lire (%2)</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate in it</source>
        <translation>fichier d&apos;AC %1&#xa0;: ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>firewall on 443: %1Allow outbound TCP 443 from the gateway&apos;s network to this host (the v2 gateway needs it for its configuration, heartbeat and telemetry); behind a proxy, set HTTPS_PROXY.</source>
        <translation>pare-feu sur 443&#xa0;: %1Autorisez le trafic TCP 443 sortant du réseau de la passerelle vers cet hôte (la passerelle v2 en a besoin pour sa configuration, ses pulsations et sa télémétrie)&#xa0;; derrière un proxy, définissez HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>custom domain: the certificate must name the host the gateway connects to. If the configuration endpoint has a custom hostname, use exactly that name (and a certificate that covers it, gateway 2.3.0 or later).</source>
        <translation>domaine personnalisé&#xa0;: le certificat doit nommer l&apos;hôte auquel la passerelle se connecte. Si le point de terminaison de configuration a un nom d&apos;hôte personnalisé, utilisez exactement ce nom (et un certificat qui le couvre, passerelle 2.3.0 ou ultérieure).</translation>
    </message>
    <message>
        <source>proxy: check HTTPS_PROXY and NO_PROXY (here and in the gateway&apos;s environment), the proxy&apos;s address and credentials, and that it allows CONNECT to this host on 443.</source>
        <translation>proxy&#xa0;: vérifiez HTTPS_PROXY et NO_PROXY (ici et dans l&apos;environnement de la passerelle), l&apos;adresse et les informations d&apos;identification du proxy, et qu&apos;il autorise CONNECT vers cet hôte sur le port 443.</translation>
    </message>
    <message>
        <source>DNS server %1: not an IP address</source>
        <translation>serveur DNS %1&#xa0;: n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>the chosen proxy %1:%2</source>
        <translation>le proxy choisi %1:%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete within %1 s</source>
        <translation>la négociation TLS ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>the port accepts connections but TLS never completes: a firewall or proxy may be holding the connection, or this port does not speak TLS. %1</source>
        <translation>le port accepte les connexions mais TLS n&apos;aboutit jamais&#xa0;: un pare-feu ou un proxy retient peut-être la connexion, ou ce port ne parle pas TLS. %1</translation>
    </message>
    <message>
        <source>no HTTP answer: nothing received for %1 s</source>
        <translation>pas de réponse HTTP&#xa0;: rien reçu pendant %1 s</translation>
    </message>
    <message>
        <source>none (an IP address)</source>
        <translation>aucun (une adresse IP)</translation>
    </message>
    <message>
        <source>host table</source>
        <translation>table d&apos;hôtes</translation>
    </message>
    <message>
        <source>the host table maps %1 to &apos;%2&apos;, which is no IP address</source>
        <translation>la table d&apos;hôtes associe %1 à &apos;%2&apos;, qui n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>an IP address: nothing to resolve</source>
        <translation>une adresse IP&#xa0;: rien à résoudre</translation>
    </message>
    <message>
        <source>from the host table (like hostAliases): %1</source>
        <translation>depuis la table d&apos;hôtes (comme hostAliases)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>le proxy</translation>
    </message>
    <message>
        <source>not resolved here: the proxy resolves %1</source>
        <translation>non résolu ici&#xa0;: c&apos;est le proxy qui résout %1</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>serveur DNS %1</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>résolveur système</translation>
    </message>
    <message>
        <source>%1 does not resolve (system resolver: %2)</source>
        <translation>%1 ne se résout pas (résolveur système&#xa0;: %2)</translation>
    </message>
    <message>
        <source>lookup failed (system resolver: %1)</source>
        <translation>échec de la résolution (résolveur système&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN from %2)</source>
        <translation>%1 n&apos;existe pas (NXDOMAIN de %2)</translation>
    </message>
    <message>
        <source>no A or AAAA record, or no usable answer at all</source>
        <translation>aucun enregistrement A ou AAAA, ou aucune réponse exploitable</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 addresses: %2 (%3)</source>
        <translation>%1 adresses&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>CNAME chain: %1</source>
        <translation>chaîne CNAME&#xa0;: %1</translation>
    </message>
    <message>
        <source>private addresses: %1</source>
        <translation>adresses privées&#xa0;: %1</translation>
    </message>
    <message>
        <source>; resolves to a private address (%1)</source>
        <translation>; se résout en une adresse privée (%1)</translation>
    </message>
    <message>
        <source>private endpoint: the address is reachable only from networks connected to the API Management virtual network (peering, VPN, ExpressRoute). Make sure the gateway&apos;s network routes there; from elsewhere the public name needs a public record or a custom domain.</source>
        <translation>point de terminaison privé&#xa0;: l&apos;adresse n&apos;est joignable que depuis les réseaux connectés au réseau virtuel d&apos;API Management (peering, VPN, ExpressRoute). Assurez-vous que le réseau de la passerelle y est routé&#xa0;; depuis ailleurs, le nom public nécessite un enregistrement public ou un domaine personnalisé.</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>aucune adresse à laquelle se connecter</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>nothing listens on port %1 there, or a firewall rejects the connection</source>
        <translation>rien n&apos;écoute sur le port %1 à cette adresse, ou un pare-feu rejette la connexion</translation>
    </message>
    <message>
        <source>no answer: a firewall may drop the connection</source>
        <translation>pas de réponse&#xa0;: un pare-feu abandonne peut-être la connexion</translation>
    </message>
    <message>
        <source>%1:%2 through the proxy</source>
        <translation>%1:%2 via le proxy</translation>
    </message>
    <message>
        <source>tunnel to %1:%2 through %3 in %4 ms</source>
        <translation>tunnel vers %1:%2 via %3 en %4 ms</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>connecté à %1 en %2 ms</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>network unreachable (%1)</source>
        <translation>réseau inaccessible (%1)</translation>
    </message>
    <message>
        <source>the connection broke before an HTTP answer: %1</source>
        <translation>la connexion a été interrompue avant une réponse HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>no tunnel through %1 within %2 s</source>
        <translation>aucun tunnel via %1 en %2 s</translation>
    </message>
    <message>
        <source>the proxy (%1) cannot be reached: %2</source>
        <translation>le proxy (%1) est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the proxy (%1) refused the credentials (HTTP 407)</source>
        <translation>le proxy (%1) a refusé les informations d&apos;identification (HTTP 407)</translation>
    </message>
    <message>
        <source>the proxy (%1) asks for credentials (HTTP 407); put them in the proxy URL</source>
        <translation>le proxy (%1) demande des informations d&apos;identification (HTTP 407)&#xa0;; indiquez-les dans l&apos;URL du proxy</translation>
    </message>
    <message>
        <source>the proxy (%1) does not answer</source>
        <translation>le proxy (%1) ne répond pas</translation>
    </message>
    <message>
        <source>the proxy (%1) did not open a tunnel to %2:%3: %4</source>
        <translation>le proxy (%1) n&apos;a pas ouvert de tunnel vers %2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>this build has no TLS support (%1)</source>
        <translation>cette version ne prend pas en charge TLS (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>names: %1 (%2)</source>
        <translation>noms&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 correspond</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>%1 ne correspond pas</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>valid until %1 (%2 days left)</source>
        <translation>valide jusqu&apos;au %1 (encore %2 jours)</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <source>trusted through the CA file %1</source>
        <translation>approuvé via le fichier d&apos;AC %1</translation>
    </message>
    <message>
        <source>%1, certificate for %2 from %3, valid for %4 more days</source>
        <translation>%1, certificat pour %2 émis par %3, valide encore %4 jours</translation>
    </message>
    <message>
        <source>issued by %1, not by Microsoft&apos;s CA: likely TLS-inspecting proxy. This computer trusts it; the gateway pod may not</source>
        <translation>émis par %1 et non par l&apos;AC de Microsoft&#xa0;: probablement un proxy d&apos;inspection TLS. Cet ordinateur lui fait confiance&#xa0;; le pod de la passerelle peut-être pas</translation>
    </message>
    <message>
        <source>; expires soon (%1)</source>
        <translation>; expire bientôt (%1)</translation>
    </message>
    <message>
        <source>the certificate expired on %1 (%2 days ago)</source>
        <translation>le certificat a expiré le %1 (il y a %2 jours)</translation>
    </message>
    <message>
        <source>expired certificate: renew it if this is your custom domain&apos;s certificate; a TLS-inspecting proxy with an expired certificate looks the same. %1</source>
        <translation>certificat expiré&#xa0;: renouvelez-le s&apos;il s&apos;agit du certificat de votre domaine personnalisé&#xa0;; un proxy d&apos;inspection TLS avec un certificat expiré présente le même aspect. %1</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1 (check this computer&apos;s clock)</source>
        <translation>le certificat n&apos;est pas valide avant le %1 (vérifiez l&apos;horloge de cet ordinateur)</translation>
    </message>
    <message>
        <source>SAN mismatch: the certificate names %1, not %2</source>
        <translation>SAN non concordant&#xa0;: le certificat nomme %1, et non %2</translation>
    </message>
    <message>
        <source>the chain ends in an unknown or private root (%1): likely TLS-inspecting proxy</source>
        <translation>la chaîne aboutit à une racine inconnue ou privée (%1)&#xa0;: probablement un proxy d&apos;inspection TLS</translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation>vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>le serveur a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <source>something between this computer and the host (a proxy or firewall) may block TLS to it, or the port does not speak TLS. %1</source>
        <translation>un élément entre cet ordinateur et l&apos;hôte (proxy ou pare-feu) bloque peut-être TLS vers celui-ci, ou le port ne parle pas TLS. %1</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>la négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>la réponse n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>the answer is not HTTP: %1</source>
        <translation>la réponse n&apos;est pas du HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (via %1)</translation>
    </message>
    <message>
        <source>%1: something in between answers, but not the service%2</source>
        <translation>%1&#xa0;: un intermédiaire répond, mais pas le service%2</translation>
    </message>
    <message>
        <source>a proxy or Application Gateway in front of the endpoint could not reach it; check its backend. %1</source>
        <translation>un proxy ou une Application Gateway devant le point de terminaison n&apos;a pas pu le joindre&#xa0;; vérifiez son back-end. %1</translation>
    </message>
    <message>
        <source>%1: the endpoint answers%2</source>
        <translation>%1&#xa0;: le point de terminaison répond%2</translation>
    </message>
    <message>
        <source>the connection closed without an HTTP answer</source>
        <translation>la connexion a été fermée sans réponse HTTP</translation>
    </message>
    <message>
        <source>the DNS server field</source>
        <translation>le champ du serveur DNS</translation>
    </message>
    <message>
        <source>the CA file field</source>
        <translation>le champ du fichier d&apos;AC</translation>
    </message>
    <message>
        <source>private DNS zone: if the API Management instance is in an internal virtual network, its configuration host resolves only through the private DNS zone linked to that network. Check with %1 set to a resolver of that zone, or give the gateway a hostAliases entry; a custom domain needs its own DNS record.</source>
        <translation>zone DNS privée&#xa0;: si l&apos;instance API Management se trouve dans un réseau virtuel interne, son hôte de configuration ne se résout que via la zone DNS privée liée à ce réseau. Vérifiez avec %1 défini sur un résolveur de cette zone, ou ajoutez une entrée hostAliases à la passerelle&#xa0;; un domaine personnalisé nécessite son propre enregistrement DNS.</translation>
    </message>
    <message>
        <source>custom CA: if your network inspects TLS, get the proxy&apos;s root certificate from your network team, check again with %1, and give the gateway pod the same CA (certificates.local.ca); otherwise ask why a proxy answers for this host.</source>
        <translation>AC personnalisée&#xa0;: si votre réseau inspecte le trafic TLS, demandez le certificat racine du proxy à votre équipe réseau, vérifiez de nouveau avec %1, et donnez la même AC au pod de la passerelle (certificates.local.ca)&#xa0;; sinon, demandez pourquoi un proxy répond pour cet hôte.</translation>
    </message>
    <message>
        <source>DNS: the resolver does not answer. Check the DNS server (%1) and that this computer can reach it; a private DNS zone&apos;s resolver is often reachable only from inside the network.</source>
        <translation>DNS&#xa0;: le résolveur ne répond pas. Vérifiez le serveur DNS (%1) et que cet ordinateur peut le joindre&#xa0;; le résolveur d&apos;une zone DNS privée n&apos;est souvent joignable que depuis l&apos;intérieur du réseau.</translation>
    </message>
    <message>
        <source>checked through %1 instead</source>
        <translation>vérifié via %1 à la place</translation>
    </message>
    <message>
        <source>checked without a proxy</source>
        <translation>vérifié sans proxy</translation>
    </message>
    <message>
        <source>proxy: fix %1 or unset it. A proxy URL looks like http://HOST:PORT or socks5h://HOST:PORT (https:// proxy URLs are not supported); check the gateway&apos;s own environment too.</source>
        <translation>proxy&#xa0;: corrigez %1 ou supprimez-le. Une URL de proxy a la forme http://HOST:PORT ou socks5h://HOST:PORT (les URL de proxy https:// ne sont pas prises en charge)&#xa0;; vérifiez aussi l&apos;environnement propre à la passerelle.</translation>
    </message>
</context>
</TS>
