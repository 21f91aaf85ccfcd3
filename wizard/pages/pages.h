// SPDX-License-Identifier: MIT
#pragma once

// Every page of the wizard, in the order they are shown.

#include "welcomepage.h"
#include "importpage.h"
#include "imagepage.h"
#include "endpointpage.h"
#include "securitypage.h"
#include "reviewpage.h"
#include "exportpage.h"
#include "summarypage.h"
#include "checkspage.h"
