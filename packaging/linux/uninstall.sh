#!/usr/bin/env bash
# Remove the menu entry and icon that install.sh added. Your records are kept.
exec "$(dirname "$0")/install.sh" --uninstall
