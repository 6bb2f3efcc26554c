<#
.SYNOPSIS
  Builds the Contact Shield MSI with jpackage (JDK 17+, WiX Toolset 3.11 or later 3.x on the PATH).

.DESCRIPTION
  Run on Windows from the repository root after `mvn -B package -DskipTests`:
      powershell -ExecutionPolicy Bypass -File installer\src\main\windows\build-msi.ps1
  The MSI installs per machine to "C:\Program Files\Contact Shield", adds a Start menu entry and a desktop
  shortcut, and registers the tel: and callto: URL protocols (url-protocols.wxs). jpackage's --file-associations
  cannot register URL schemes, so the script lets jpackage write its WiX sources once (--temp), adds the
  url-protocols.wxs fragment to that main.wxs, and builds again with the result as a --resource-dir override.
  Working from the main.wxs of the JDK at hand keeps the recipe valid across JDK updates.
#>
param(
    [string]$AppJar = "desktop-app\target\contact-shield.jar",
    [string]$Version = "0.1.0",
    [string]$Dest = "installer\target\packages",
    [string]$Jpackage = "$env:JAVA_HOME\bin\jpackage.exe"
)
$ErrorActionPreference = "Stop"
$here = $PSScriptRoot
$work = Join-Path ([System.IO.Path]::GetTempPath()) ("contact-shield-msi-" + [guid]::NewGuid())
$inputDir = Join-Path $work "input"
$resources = Join-Path $work "resources"
New-Item -ItemType Directory -Force -Path $inputDir, $resources, $Dest | Out-Null
Copy-Item $AppJar (Join-Path $inputDir "contact-shield.jar")

$common = @(
    "--type", "msi",
    "--name", "Contact Shield",
    "--app-version", $Version,
    "--vendor", "Contact Shield",
    "--description", "Business contacts in an encrypted store, Teams presence and caller ID",
    "--copyright", "Copyright (c) 2026 Contact Shield",
    "--input", $inputDir,
    "--main-jar", "contact-shield.jar",
    "--main-class", "app.contactshield.desktop.Main",
    "--icon", (Join-Path $here "..\icons\contact-shield.ico"),
    "--java-options", "-XX:+UseSerialGC -Xms64m -Xmn16m -Xmx2g -XX:-ShrinkHeapInSteps",
    "--add-modules", ("java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging," +
        "java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting," +
        "java.security.jgss,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.cryptoki," +
        "jdk.crypto.ec,jdk.crypto.mscapi,jdk.httpserver,jdk.jfr,jdk.localedata,jdk.management,jdk.net," +
        "jdk.security.auth,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs"),
    "--win-menu", "--win-menu-group", "Contact Shield",
    "--win-shortcut",
    "--win-dir-chooser",
    # A fixed upgrade code lets a newer MSI replace an older one.
    "--win-upgrade-uuid", "CD3EBDCE-DB2F-4FD4-B962-328578AA74C7"
)

# 1. Let jpackage write the WiX sources of this JDK.
$firstTemp = Join-Path $work "first"
& $Jpackage @common --temp $firstTemp --dest (Join-Path $work "scratch")
if ($LASTEXITCODE -ne 0) { throw "jpackage (first pass) failed with $LASTEXITCODE" }

# 2. Add the URL protocol fragment and reference it from the default feature.
$mainWxs = Get-Content -Raw (Join-Path $firstTemp "config\main.wxs")
[xml]$fragmentDoc = Get-Content -Raw (Join-Path $here "url-protocols.wxs")
$fragment = $fragmentDoc.Wix.Fragment.OuterXml -replace ' xmlns="http://schemas.microsoft.com/wix/2006/wi"', ''
$reference = '<ComponentGroupRef Id="ContactShieldUrlProtocols"/>'
$featureOpen = [regex]'<Feature Id="DefaultFeature"[^>]*>'
if (-not $featureOpen.IsMatch($mainWxs)) { throw "main.wxs of this JDK has no DefaultFeature to extend" }
$mainWxs = $featureOpen.Replace($mainWxs, { param($m) $m.Value + "`n      " + $reference }, 1)
$mainWxs = $mainWxs -replace '</Wix>\s*$', ("  " + $fragment + "`n</Wix>`n")
Set-Content -Encoding UTF8 -Path (Join-Path $resources "main.wxs") -Value $mainWxs

# 3. Build the MSI with the extended main.wxs.
& $Jpackage @common --resource-dir $resources --dest $Dest
if ($LASTEXITCODE -ne 0) { throw "jpackage failed with $LASTEXITCODE" }
Remove-Item -Recurse -Force $work
Get-ChildItem $Dest -Filter *.msi
