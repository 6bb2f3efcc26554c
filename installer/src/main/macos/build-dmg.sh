#!/bin/sh
# Builds Contact Shield.dmg with jpackage on macOS (JDK 17+, Xcode command line tools).
# Run from the repository root after `mvn -B package -DskipTests`:
#     sh installer/src/main/macos/build-dmg.sh [VERSION]
# The bundle id is app.contactshield.desktop, the payload type of the configuration profile in
# installer/src/main/policy/macos, so the profile's keys become the app's managed preferences.
# resources/Info.plist replaces jpackage's own to declare the tel: and callto: URL schemes.
# Signing and notarisation: add --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." and
# submit the .dmg with `xcrun notarytool submit --wait`, then `xcrun stapler staple`.
set -eu

version=${1:-0.1.0}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/input" installer/target/packages
cp desktop-app/target/contact-shield.jar "$work/input/"

"${JAVA_HOME:-/usr}/bin/jpackage" \
    --type dmg \
    --name "Contact Shield" \
    --app-version "$version" \
    --vendor "Contact Shield" \
    --description "Business contacts in an encrypted store, Teams presence and caller ID" \
    --copyright "Copyright (c) 2026 Contact Shield" \
    --input "$work/input" \
    --main-jar contact-shield.jar \
    --main-class app.contactshield.desktop.Main \
    --icon "$here/../icons/contact-shield.icns" \
    --java-options "-XX:+UseSerialGC -Xms64m -Xmn16m -Xmx2g -XX:-ShrinkHeapInSteps" \
    --add-modules java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.localedata,jdk.management,jdk.net,jdk.security.auth,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs \
    --mac-package-identifier app.contactshield.desktop \
    --mac-package-name "Contact Shield" \
    --resource-dir "$here/resources" \
    --dest installer/target/packages

ls -l installer/target/packages/*.dmg
