; Inno Setup 6.3+ script (UTF-8): a per-user installer of KAM Desktop (no administrator
; rights).
; UNTESTED: written from Inno Setup's documentation, never compiled here (no Windows).
;
; Build on Windows, from the repository root:
;   py -3.11 -m venv build\venv-installer
;   build\venv-installer\Scripts\python -m pip install "pyinstaller>=6.10,<7" .
;   for %f in (resources\translations\*.ts) do build\venv-installer\Scripts\pyside6-lrelease %f -qm resources\translations\%~nf.qm
;   build\venv-installer\Scripts\python -m pip install --no-deps --force-reinstall .
;   build\venv-installer\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installers\kam-desktop.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installers\windows\kam-desktop.iss
; The installer is written to dist\kam-desktop-VERSION-windows-x64-setup.exe.
;
; The version is read from the built program's version resource, which the spec writes
; from pyproject.toml: there is no version number to keep up to date here.

#define AppName "KAM Desktop"
#define AppExeName "KAM Desktop.exe"
#define CliExeName "kam-desktop.exe"
#define BuiltApp AddBackslash(SourcePath) + "..\..\dist\kam-desktop"
#define AppVersion GetStringFileInfo(BuiltApp + "\" + AppExeName, "ProductVersion")
#if AppVersion == ""
  #error Build the application with PyInstaller first: no version in dist\kam-desktop\KAM Desktop.exe
#endif
; the sync bundle file type (installers/freeze.py BUNDLE_EXTENSION)
#define BundleExt ".kamsync"
#define BundleProgId "KamDesktop.SyncBundle"

[Setup]
; AppId identifies the application across versions: never change it.
AppId={{5C1E7A8E-3B0F-4D7C-9A61-2F4B8D0E6C13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; per user: %LOCALAPPDATA%\Programs\KAM Desktop, no UAC prompt
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
WizardStyle=modern
SetupIconFile=..\icons\kam-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=kam-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.BundleTypeName=Пакет синхронизации KAM Desktop
en.BundleTypeName=KAM Desktop sync bundle
ru.DeleteUserData=Удалить также ваш портфель, его резервные копии и настройки?%n%n%1%n%nЭто нельзя отменить. Нажмите «Нет», чтобы сохранить данные для следующей установки.
en.DeleteUserData=Also delete your portfolio, its backups and your settings?%n%n%1%n%nThis cannot be undone. Choose No to keep them for a later installation.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuiltApp}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .kamsync bundles open with KAM Desktop (per user: HKA is HKCU in a non-administrative install)
Root: HKA; Subkey: "Software\Classes\{#BundleExt}\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#BundleExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; matplotlib's font cache: rebuilt when needed, not the user's data
Type: filesandordirs; Name: "{localappdata}\{#AppName}\Cache"

[Code]
{ The portfolio lives in %LOCALAPPDATA%\KAM Desktop (platformdirs) and the settings in
  HKCU\Software\KAM Desktop (QSettings). Uninstalling keeps both unless the user says
  otherwise; a silent uninstall always keeps them. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{localappdata}\{#AppName}');
  if UninstallSilent or not DirExists(DataDir) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\{#AppName}');
  end;
end;
