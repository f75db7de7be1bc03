; Inno Setup-skript for Forkant på Windows: installasjon per bruker, uten administratorrettigheter.
;
; Bygg først programmet (pakking/bygg på Windows gir dist\Forkant\), så installasjonsfilen:
;   iscc pakking\forkant.iss                      (versjonen leses fra Forkant.exe)
;   iscc /DVersjon=0.1.0 pakking\forkant.iss      (eller gis her)
; Resultat: dist\Forkant-<versjon>-oppsett.exe
;
; Stille installasjon og avinstallasjon (Intune, SCCM), se docs/installasjon.md:
;   Forkant-0.1.0-oppsett.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   "%LOCALAPPDATA%\Programs\Forkant\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   ... /SLETTDATA   sletter også brukerens data (%LOCALAPPDATA%\Forkant); uten den blir de liggende.
;
; Dette skriptet er ikke kjørt gjennom Inno Setup i utviklingen (som skjer på Linux); se
; docs/installasjon.md for hva som er prøvd hvor.

#define Programmappe "..\dist\Forkant"
#ifndef Versjon
  #define Versjon GetVersionNumbersString(AddBackslash(SourcePath) + Programmappe + "\Forkant.exe")
#endif

[Setup]
AppId={{5B0F7E0C-6C1B-4F0A-9C55-8F3C2A1D4E71}
AppName=Forkant
AppVersion={#Versjon}
AppVerName=Forkant {#Versjon}
AppPublisher=Forkant
VersionInfoVersion={#Versjon}
DefaultDirName={autopf}\Forkant
DefaultGroupName=Forkant
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Forkant-{#Versjon}-oppsett
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\Forkant.exe
CloseApplications=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
; Hele programmappen: Forkant.exe (vinduet), vurdering.exe (kommandolinjen) og _internal\.
Source: "{#Programmappe}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Forkant"; Filename: "{app}\Forkant.exe"; Comment: "Modenhetsvurdering av forebygging"
Name: "{group}\Avinstaller Forkant"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\Forkant.exe"; Description: "Start Forkant"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Programmet skriver ingenting i programmappen; dette fjerner bare mappen selv.
Type: dirifempty; Name: "{app}"

[Code]
{ Brukerens data (databasen, sikkerhetskopiene, egne-moduler\) ligger i %LOCALAPPDATA%\Forkant og
  blir liggende ved avinstallasjon. Bare med /SLETTDATA på kommandolinjen, eller når brukeren
  svarer ja i en vanlig (ikke stille) avinstallasjon, slettes de. }

function SlettDataValgt(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/SLETTDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Data := ExpandConstant('{localappdata}\Forkant');
    if not DirExists(Data) then
      Exit;
    if SlettDataValgt() or
       ((not UninstallSilent()) and
        (MsgBox('Vil du også slette vurderingene dine og sikkerhetskopiene i ' + Data + '?' + #13#10 +
                'Svarer du nei, blir de liggende og kan åpnes igjen etter en ny installasjon.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES)) then
      DelTree(Data, True, True, True);
  end;
end;
