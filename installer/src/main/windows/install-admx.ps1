<#
.SYNOPSIS
  Installs the Contact Shield policy templates (ADMX + en-US and de-DE ADML) for Group Policy.

.DESCRIPTION
  Local machine (run as administrator):
      powershell -ExecutionPolicy Bypass -File install-admx.ps1
  Domain central store (run as a domain administrator):
      powershell -ExecutionPolicy Bypass -File install-admx.ps1 -CentralStore
  The templates then appear under Computer Configuration > Administrative Templates > Contact Shield.
  For Intune, do not run this script: import the files under Devices > Configuration > Import ADMX (the ADMX and
  the en-US ADML), then create a profile from Templates > Imported Administrative templates.
#>
param(
    [switch]$CentralStore,
    [string]$Source = (Join-Path $PSScriptRoot "..\policy\windows")
)
$ErrorActionPreference = "Stop"
if ($CentralStore) {
    $domain = $env:USERDNSDOMAIN
    if (-not $domain) { throw "No DNS domain: run -CentralStore on a domain-joined machine" }
    $target = "\\$domain\SYSVOL\$domain\Policies\PolicyDefinitions"
} else {
    $target = Join-Path $env:windir "PolicyDefinitions"
}
foreach ($language in "en-US", "de-DE") {
    New-Item -ItemType Directory -Force -Path (Join-Path $target $language) | Out-Null
    Copy-Item (Join-Path $Source "$language\ContactShield.adml") (Join-Path $target $language) -Force
}
Copy-Item (Join-Path $Source "ContactShield.admx") $target -Force
Write-Output "Installed ContactShield.admx with en-US and de-DE resources in $target"
