#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Parallax contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Parallax needs to build, test and run. Sourced by run and test.
set -euo pipefail

PARALLAX_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache python3 clang-format clang-tidy
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libvulkan-dev
    libspdlog-dev libfmt-dev libxml2-dev libicu-dev libxxhash-dev libsqlite3-dev zlib1g-dev libdeflate-dev
    xvfb xauth fonts-dejavu-core
    cmark strace python3  # tests: the Markdown report rendered as CommonMark; the kill trials
)
# scripts/fuzz and scripts/test (CI fuzzes every target briefly) need these: clang and its libFuzzer runtime.
PARALLAX_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# parallax_install_dependencies [PACKAGE…]: the packages given, or PARALLAX_PACKAGES.
parallax_install_dependencies() {
    local wanted=("${PARALLAX_PACKAGES[@]}")
    [ $# -eq 0 ] || wanted=("$@")
    local missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
