#!/bin/sh
# Checks the Java runtime that the packages bundle: builds it with jlink from jpackage.modules in
# installer/pom.xml (the options jpackage uses), then runs RuntimeProbe on desktop-app's runtime class path.
# A module missing from the list shows up as a FAIL line. JavaFX needs a display: on a headless machine run
#     xvfb-run -a sh installer/src/build/probe-runtime.sh
# from the repository root after `mvn -B package -DskipTests`.
set -eu

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -pl desktop-app -am dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$work/classpath.txt"
classpath=$(tr ':' '\n' < "$work/classpath.txt" | grep '\.jar$' | tr '\n' ':')
modules=$(sed -n 's#.*<jpackage.modules>\(.*\)</jpackage.modules>.*#\1#p' installer/pom.xml)

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --output "$work/runtime"
"$java_home/bin/javac" --release 17 -d "$work/classes" -cp "$classpath" installer/src/build/RuntimeProbe.java
"$work/runtime/bin/java" -Xmx512m -cp "$work/classes:$classpath" RuntimeProbe
