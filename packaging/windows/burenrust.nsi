; Burenrust installer: per user, no admin rights, Dutch, upgrades in place.
; Built by packaging/windows/build.py:  makensis -DVERSION= -DIMAGE= -DOUTFILE= -DICON= -DSIZE_KB=
;
; The program goes to %LOCALAPPDATA%\Programs\Burenrust (as per-user programs do);
; the data stay in %LOCALAPPDATA%\Burenrust, which neither an upgrade nor the
; uninstaller touches.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS Win10
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!define APP "Burenrust"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP}"
Caption "${APP} ${VERSION} installeren"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APP}"
VIAddVersionKey /LANG=1043 "FileDescription" "${APP} installeren"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "Dit installeert ${APP} ${VERSION}, dossiers voor buurtbemiddeling.$\r$\n$\r$\nU hebt geen beheerdersrechten nodig: ${APP} komt in uw eigen programmamap. Uw gegevens blijven staan waar ze staan, ook bij een nieuwe versie.$\r$\n$\r$\nKlik op Volgende om verder te gaan."
!define MUI_FINISHPAGE_RUN "$INSTDIR\burenrust.exe"
!define MUI_FINISHPAGE_RUN_TEXT "${APP} nu starten"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"

; The program may still be open during an upgrade: its files cannot be replaced then.
!macro CLOSE_FIRST
  close_retry:
  ClearErrors
  IfFileExists "$INSTDIR\runtime\python311.dll" 0 close_done
  Delete "$INSTDIR\runtime\python311.dll"
  IfErrors 0 close_done
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} is nog geopend. Sluit ${APP} en klik op Opnieuw." /SD IDCANCEL IDRETRY close_retry
  Abort "${APP} is nog geopend; er is niets veranderd."
  close_done:
!macroend

Section "${APP}" Main
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro CLOSE_FIRST
  ; An upgrade replaces the whole program folder (never the data folder, which lies elsewhere).
  RMDir /r "$INSTDIR\runtime"
  File /r "${IMAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\burenrust.exe" "" "$INSTDIR\burenrust.ico" 0 SW_SHOWNORMAL "" "Dossiers voor buurtbemiddeling"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\burenrust.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro CLOSE_FIRST
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put there; the data folder (%LOCALAPPDATA%\Burenrust) stays.
  RMDir /r "$INSTDIR\runtime"
  Delete "$INSTDIR\burenrust.exe"
  Delete "$INSTDIR\burenrust.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
