"""An operating-system error (PermissionError, a full disk, a missing folder) as one sentence in
the interface language naming the file; the system's own text ("[Errno 28] No space left on
device: '/media/usb/crm.sqlite3'", English or the laptop's language) goes to the log only."""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QCoreApplication

from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
CONTEXT = "OsErrors"

# Each category: the sentence with the path, and the one without (no file named).
_DENIED = (QT_TRANSLATE_NOOP("OsErrors", "You do not have permission to use {path}."),
           QT_TRANSLATE_NOOP("OsErrors", "The system refused access (permission denied)."))
_READ_ONLY = (QT_TRANSLATE_NOOP("OsErrors", "{path} is on a read-only drive."),
              QT_TRANSLATE_NOOP("OsErrors", "The drive is read-only."))
_FULL = (QT_TRANSLATE_NOOP("OsErrors", "There is no space left on the drive for {path}."),
         QT_TRANSLATE_NOOP("OsErrors", "There is no space left on the drive."))
_MISSING = (QT_TRANSLATE_NOOP("OsErrors", "{path} does not exist (or its folder was moved or "
                              "removed)."),
            QT_TRANSLATE_NOOP("OsErrors", "A file or folder does not exist."))
_FOLDER = (QT_TRANSLATE_NOOP("OsErrors", "{path} is a folder, not a file."),
           QT_TRANSLATE_NOOP("OsErrors", "A folder was given where a file was expected."))
_NOT_FOLDER = (QT_TRANSLATE_NOOP("OsErrors", "Part of {path} is a file, not a folder."),
               QT_TRANSLATE_NOOP("OsErrors", "A file was given where a folder was expected."))
_EXISTS = (QT_TRANSLATE_NOOP("OsErrors", "{path} already exists."),
           QT_TRANSLATE_NOOP("OsErrors", "The file already exists."))
_BUSY = (QT_TRANSLATE_NOOP("OsErrors", "{path} is in use by another program."),
         QT_TRANSLATE_NOOP("OsErrors", "The file is in use by another program."))
_LONG = (QT_TRANSLATE_NOOP("OsErrors", "The name {path} is too long for this drive."),
         QT_TRANSLATE_NOOP("OsErrors", "A file name is too long for this drive."))
_DEVICE = (QT_TRANSLATE_NOOP("OsErrors", "The drive holding {path} could not be read or "
                             "written; it may have been unplugged."),
           QT_TRANSLATE_NOOP("OsErrors", "The drive could not be read or written; it may have "
                             "been unplugged."))
_OTHER = (QT_TRANSLATE_NOOP("OsErrors", "{path} could not be used (system error {code})."),
          QT_TRANSLATE_NOOP("OsErrors", "The system refused the operation (error {code})."))

_BY_NAME = {"EACCES": _DENIED, "EPERM": _DENIED, "EROFS": _READ_ONLY, "ENOSPC": _FULL,
            "EDQUOT": _FULL, "EFBIG": _FULL, "ENOENT": _MISSING, "EISDIR": _FOLDER,
            "ENOTDIR": _NOT_FOLDER, "EEXIST": _EXISTS, "EBUSY": _BUSY, "ETXTBSY": _BUSY,
            "ENAMETOOLONG": _LONG, "EIO": _DEVICE, "ENODEV": _DEVICE, "ENXIO": _DEVICE}
# by number; a name this platform's errno lacks (EDQUOT on some) is left out
CATEGORIES: dict[int, tuple[str, str]] = {
    getattr(errno, name): texts for name, texts in _BY_NAME.items() if hasattr(errno, name)}
_BY_CLASS: tuple[tuple[type[OSError], tuple[str, str]], ...] = (
    (PermissionError, _DENIED), (FileNotFoundError, _MISSING), (IsADirectoryError, _FOLDER),
    (NotADirectoryError, _NOT_FOLDER), (FileExistsError, _EXISTS))


def category(error: OSError) -> tuple[str, str]:
    found = CATEGORIES.get(error.errno or -1)
    if found is None:
        found = next((texts for cls, texts in _BY_CLASS if isinstance(error, cls)), _OTHER)
    return found


def os_error_text(error: OSError) -> str:
    """"Non c'è più spazio sul disco per /media/usb/crm.sqlite3.", never the system's text."""
    log.info("system error shown as a sentence: %s", error)
    with_path, without = category(error)
    path = error.filename
    code = errno.errorcode.get(error.errno or -1, str(error.errno or "?"))
    if path:
        return QCoreApplication.translate(CONTEXT, with_path).format(path=path, code=code)
    return QCoreApplication.translate(CONTEXT, without).format(code=code)
