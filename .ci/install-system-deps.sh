#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (real DoH server, Thunderbird, Firefox ESR, Chromium, a window
# manager for Xvfb, Roundcube + Dovecot).
# Idempotent; safe to run on a fresh Debian 12 machine as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PKGS=(unbound openssl ca-certificates libnss3-tools
      thunderbird xvfb xauth x11-utils imagemagick fonts-ipafont-gothic openbox
      firefox-esr
      chromium
      openbox
      roundcube-core roundcube-sqlite3 php-fpm php-sqlite3 php-intl php-mbstring dovecot-core dovecot-imapd nginx-light)
missing=()
for p in "${PKGS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then echo "system deps: all present"; exit 0; fi
echo "system deps: installing ${missing[*]}"
# Packages must not start their daemons: tests start their own on 127.0.0.1.
cleanup_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; cleanup_policy=1; fi
echo 'roundcube-core roundcube/dbconfig-install boolean true' | debconf-set-selections
echo 'roundcube-core roundcube/database-type select sqlite3' | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ $cleanup_policy -eq 1 ] && rm -f /usr/sbin/policy-rc.d
echo "system deps: done"
