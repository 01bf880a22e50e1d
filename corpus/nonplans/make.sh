#!/bin/sh
# The non-plans are made the same way as the LibreOffice plans: run that script on this folder.
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/../libreoffice/make.sh" "$HERE"
