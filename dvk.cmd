@echo off
rem dvk.cmd: runs the local stack on Windows - a real Kafka broker (KRaft), the embedded MongoDB-wire store and the
rem services - with no Docker (./dvk elsewhere). The work is done by the Java launcher vn.dvk.localstack.Dvk in
rem local-stack; this builds it when it is missing and passes every argument on. See docs\local-stack.md.
setlocal
set "DVK_ROOT=%~dp0"
set "DVK_ROOT=%DVK_ROOT:~0,-1%"

set "DVK_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "DVK_JAVA=%JAVA_HOME%\bin\java.exe"
"%DVK_JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo dvk: java not found: install a JDK 17 or newer or set JAVA_HOME 1>&2
  exit /b 1
)
rem Java 8 and older print version "1.x", Java 9 to 16 version "9" to "16".
"%DVK_JAVA%" -version 2>&1 | findstr /r /c:"version .1\." /c:"version .9." /c:"version .1[0-6]." >nul && (
  echo dvk: Java 17 or newer is needed: install a JDK 17 or newer or point JAVA_HOME at one 1>&2
  exit /b 1
)

set "DVK_LAUNCHER=%DVK_ROOT%\local-stack\target\local-stack.jar"
if exist "%DVK_LAUNCHER%" if exist "%DVK_ROOT%\local-stack\target\lib\" goto run
echo dvk: missing local-stack\target\local-stack.jar
echo dvk: building: mvnw.cmd -B -q -DskipTests install (the first build downloads dependencies and takes a few minutes)
pushd "%DVK_ROOT%"
call mvnw.cmd -B -q -DskipTests install
set "DVK_BUILD=%ERRORLEVEL%"
popd
if not "%DVK_BUILD%"=="0" (echo dvk: the build failed; see the output above 1>&2 & exit /b 1)
if not exist "%DVK_LAUNCHER%" (echo dvk: the build finished but local-stack\target\local-stack.jar is still missing 1>&2 & exit /b 1)

:run
rem A small heap and C1 only: the launcher only starts, watches and stops other JVMs.
"%DVK_JAVA%" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "-Ddvk.root=%DVK_ROOT%" -Ddvk.command=dvk.cmd ^
  -cp "%DVK_LAUNCHER%" vn.dvk.localstack.Dvk %*
exit /b %ERRORLEVEL%
