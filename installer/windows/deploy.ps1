# Gathers Loopline and everything it needs to run into one folder on Windows, with Qt's
# windeployqt. See installer/README.md. Not run by CI (no Windows machine there).
param(
    [string]$Build = "build-win",
    [string]$Out = "dist\Loopline"
)
$ErrorActionPreference = "Stop"
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Copy-Item "$Build\app\loopline.exe" $Out
$windeployqt = (Get-Command windeployqt.exe -ErrorAction Stop).Source
& $windeployqt --release --compiler-runtime --no-opengl-sw "$Out\loopline.exe"
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed" }
# Libraries from vcpkg that windeployqt does not know about.
if ($env:VCPKG_ROOT) {
    $bin = Join-Path $env:VCPKG_ROOT "installed\x64-windows\bin"
    foreach ($dll in "qt6keychain.dll", "phonenumber.dll", "ZXing.dll", "xlsxwriter.dll", "zlib1.dll",
                     "libprotobuf.dll", "icuuc*.dll", "icuin*.dll", "icudt*.dll", "libpq.dll",
                     "libssl-3-x64.dll", "libcrypto-3-x64.dll") {
        Get-ChildItem -Path $bin -Filter $dll -ErrorAction SilentlyContinue | Copy-Item -Destination $Out
    }
}
& "$Out\loopline.exe" --version
Write-Host "Loopline is in $Out"
