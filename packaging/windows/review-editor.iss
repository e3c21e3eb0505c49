; Inno Setup script: a per-user installer of the one-folder PyInstaller build.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\review-editor.iss
;
; No administrator rights: everything goes to %LOCALAPPDATA%\Programs\Review Editor and the
; current user's Start menu and registry. Silent install for deployment tools:
;   review-editor-setup.exe /VERYSILENT /CURRENTUSER /NORESTART
; Silent uninstall:
;   "%LOCALAPPDATA%\Programs\Review Editor\unins000.exe" /VERYSILENT /NORESTART

#ifndef AppVersion
  #error Pass the version from the build: iscc /DAppVersion=1.2.3 review-editor.iss
#endif
#ifndef SourceDir
  ; The PyInstaller output folder (packaging/build.sh puts it here).
  #define SourceDir "..\dist\review-editor"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Review Editor"
#define AppExeName "review-editor-gui.exe"
; The same id the app gives its process (APP_USER_MODEL_ID in review_editor/app.py), so the
; taskbar groups the running window with the pinned Start-menu entry.
#define AppUserModelID "ReviewEditor.ReviewEditor.Desktop"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{5C4B8E0A-7D3F-4A61-9B2E-1F6D8C3A9E47}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Review Editor developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Review Editor
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\review-editor.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=review-editor-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before its files are replaced (Restart Manager), also when silent.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: libraries the new version no longer ships must go.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Edit, check and export safeguarding publication records"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Records, settings, backups and logs belong to the user and stay after an uninstall.
