-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" TEXT NOT NULL,
    "parentId" TEXT,
    "mandate" TEXT,
    "address" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "country" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "honorific" TEXT,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "notes" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agencyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "functionalEmail" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Position_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "positionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "plannedEndDate" DATETIME,
    "endDate" DATETIME,
    "acting" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entryIntoForce" DATETIME,
    "url" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instrumentId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "archivedAt" DATETIME,
    CONSTRAINT "Provision_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImplementationPhase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "Responsibility" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "instrumentId" TEXT,
    "provisionId" TEXT,
    "phaseId" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Responsibility_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Responsibility_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Responsibility_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "ImplementationPhase" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResponsibilityAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responsibilityId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "positionId" TEXT,
    "role" TEXT NOT NULL,
    "note" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ResponsibilityAssignment_responsibilityId_fkey" FOREIGN KEY ("responsibilityId") REFERENCES "Responsibility" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ResponsibilityAssignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ResponsibilityAssignment_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Committee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "parentId" TEXT,
    "legalBasis" TEXT,
    "mandate" TEXT,
    "objectives" TEXT,
    "chairAgencyId" TEXT,
    "secretariatAgencyId" TEXT,
    "cadence" TEXT,
    "cadenceRule" TEXT,
    "defaultTimeZone" TEXT NOT NULL DEFAULT 'UTC',
    "defaultVenue" TEXT,
    "meetingNoun" TEXT,
    "decisionPrefix" TEXT,
    "decisionRule" TEXT NOT NULL DEFAULT 'consensus',
    "nextReviewDate" DATETIME,
    "confidentiality" TEXT NOT NULL DEFAULT 'internal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Committee_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Committee" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Committee_chairAgencyId_fkey" FOREIGN KEY ("chairAgencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Committee_secretariatAgencyId_fkey" FOREIGN KEY ("secretariatAgencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StandingAgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "committeeId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "label" TEXT,
    "title" TEXT NOT NULL,
    "archivedAt" DATETIME,
    CONSTRAINT "StandingAgendaItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitteeMembership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "committeeId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "positionId" TEXT,
    "role" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CommitteeMembership_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CommitteeMembership_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CommitteeMembership_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "committeeId" TEXT NOT NULL,
    "rrule" TEXT NOT NULL,
    "firstStartLocal" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "venue" TEXT,
    "titleTemplate" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingSeries_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "seriesId" TEXT,
    "recurrenceStart" DATETIME,
    "sequence" INTEGER,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "venue" TEXT,
    "room" TEXT,
    "onlineUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "postponedToId" TEXT,
    "chairPersonId" TEXT,
    "chairAgencyId" TEXT,
    "chairLabel" TEXT,
    "agendaAdoptedAt" DATETIME,
    "nextMeetingNote" TEXT,
    "journalNotes" TEXT,
    "icalSequence" INTEGER NOT NULL DEFAULT 0,
    "confidentiality" TEXT NOT NULL DEFAULT 'internal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_postponedToId_fkey" FOREIGN KEY ("postponedToId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_chairPersonId_fkey" FOREIGN KEY ("chairPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_chairAgencyId_fkey" FOREIGN KEY ("chairAgencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingTimeMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingTimeMark_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "label" TEXT,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'regular',
    "standingItemId" TEXT,
    "presenterAgencyId" TEXT,
    "notes" TEXT,
    "confidentiality" TEXT NOT NULL DEFAULT 'internal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_standingItemId_fkey" FOREIGN KEY ("standingItemId") REFERENCES "StandingAgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_presenterAgencyId_fkey" FOREIGN KEY ("presenterAgencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agendaItemId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "speakerLabel" TEXT NOT NULL,
    "speakerAgencyId" TEXT,
    "speakerPersonId" TEXT,
    "summary" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Statement_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerAgencyId_fkey" FOREIGN KEY ("speakerAgencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "agencyId" TEXT,
    "positionId" TEXT,
    "personId" TEXT,
    "externalName" TEXT,
    "externalAffiliation" TEXT,
    "role" TEXT NOT NULL DEFAULT 'member',
    "attendance" TEXT NOT NULL DEFAULT 'invited',
    "representedById" TEXT,
    "representedByName" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Participation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Participation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Participation_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Participation_representedById_fkey" FOREIGN KEY ("representedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "symbol" TEXT,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "issuedOn" DATETIME,
    "languages" TEXT NOT NULL DEFAULT 'en',
    "url" TEXT,
    "committeeId" TEXT,
    "meetingId" TEXT,
    "agencyId" TEXT,
    "confidentiality" TEXT NOT NULL DEFAULT 'internal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "statementId" TEXT,
    "decisionId" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DocumentLink_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DocumentLink_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DocumentLink_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DocumentLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "committeeId" TEXT NOT NULL,
    "meetingId" TEXT,
    "agendaItemId" TEXT,
    "year" INTEGER NOT NULL,
    "serial" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "adoption" TEXT NOT NULL DEFAULT 'consensus',
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesAbstaining" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'adopted',
    "decidedOn" DATETIME NOT NULL,
    "supersedesId" TEXT,
    "confidentiality" TEXT NOT NULL DEFAULT 'internal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Decision_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Decision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "voterLabel" TEXT NOT NULL,
    "agencyId" TEXT,
    "vote" TEXT NOT NULL,
    CONSTRAINT "DecisionVote_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionVote_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerPositionId" TEXT NOT NULL,
    "ownerAgencyId" TEXT NOT NULL,
    "ownerPersonId" TEXT,
    "dueDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'open',
    "committeeId" TEXT,
    "meetingId" TEXT,
    "decisionId" TEXT,
    "completedAt" DATETIME,
    "confidentiality" TEXT NOT NULL DEFAULT 'internal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Action_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_ownerAgencyId_fkey" FOREIGN KEY ("ownerAgencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_ownerPersonId_fkey" FOREIGN KEY ("ownerPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "authorId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportingObligation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instrumentId" TEXT NOT NULL,
    "provisionId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "recurrence" TEXT NOT NULL,
    "rrule" TEXT,
    "dueRule" TEXT,
    "leadPositionId" TEXT,
    "leadAgencyId" TEXT,
    "procedureNotes" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportingObligation_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportingObligation_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportingObligation_leadPositionId_fkey" FOREIGN KEY ("leadPositionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportingObligation_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ObligationContributor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "obligationId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "contribution" TEXT,
    "archivedAt" DATETIME,
    CONSTRAINT "ObligationContributor_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "ReportingObligation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ObligationContributor_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportingDeadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "obligationId" TEXT NOT NULL,
    "cycle" TEXT NOT NULL,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'upcoming',
    "submittedOn" DATETIME,
    "submissionReference" TEXT,
    "nilReport" BOOLEAN NOT NULL DEFAULT false,
    "confidentiality" TEXT NOT NULL DEFAULT 'internal',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportingDeadline_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "ReportingObligation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deadlineId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "ownerPositionId" TEXT,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "completedAt" DATETIME,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_deadlineId_fkey" FOREIGN KEY ("deadlineId") REFERENCES "ReportingDeadline" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Milestone_ownerPositionId_fkey" FOREIGN KEY ("ownerPositionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Handover" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "positionId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "outgoingAssignmentId" TEXT,
    "outgoingPersonId" TEXT,
    "incomingPersonId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "ongoingMatters" TEXT,
    "pendingDecisions" TEXT,
    "keyContacts" TEXT,
    "risks" TEXT,
    "filesLocation" TEXT,
    "otherNotes" TEXT,
    "dossierSnapshot" TEXT,
    "submittedAt" DATETIME,
    "acknowledgedAt" DATETIME,
    "acknowledgedById" TEXT,
    "confidentiality" TEXT NOT NULL DEFAULT 'restricted',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Handover_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Handover_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Handover_outgoingAssignmentId_fkey" FOREIGN KEY ("outgoingAssignmentId") REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Handover_outgoingPersonId_fkey" FOREIGN KEY ("outgoingPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Handover_incomingPersonId_fkey" FOREIGN KEY ("incomingPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Handover_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessGrant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "grantedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccessGrant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "personId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "timeZone" TEXT,
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "Permission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "access" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "userAgent" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "committeeId" TEXT,
    "label" TEXT,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CalendarFeedToken_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_RoleToUser" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_RoleToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RoleToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PermissionToRole" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PermissionToRole_A_fkey" FOREIGN KEY ("A") REFERENCES "Permission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PermissionToRole_B_fkey" FOREIGN KEY ("B") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Agency_kind_idx" ON "Agency"("kind");

-- CreateIndex
CREATE INDEX "Agency_name_idx" ON "Agency"("name");

-- CreateIndex
CREATE INDEX "Agency_archivedAt_name_idx" ON "Agency"("archivedAt", "name");

-- CreateIndex
CREATE INDEX "Person_familyName_givenName_idx" ON "Person"("familyName", "givenName");

-- CreateIndex
CREATE INDEX "Person_email_idx" ON "Person"("email");

-- CreateIndex
CREATE INDEX "Person_archivedAt_familyName_idx" ON "Person"("archivedAt", "familyName");

-- CreateIndex
CREATE INDEX "Position_agencyId_idx" ON "Position"("agencyId");

-- CreateIndex
CREATE INDEX "Position_title_idx" ON "Position"("title");

-- CreateIndex
CREATE INDEX "Position_archivedAt_title_idx" ON "Position"("archivedAt", "title");

-- CreateIndex
CREATE INDEX "Assignment_positionId_endDate_idx" ON "Assignment"("positionId", "endDate");

-- CreateIndex
CREATE INDEX "Assignment_personId_endDate_idx" ON "Assignment"("personId", "endDate");

-- CreateIndex
CREATE INDEX "Assignment_plannedEndDate_idx" ON "Assignment"("plannedEndDate");

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_code_key" ON "Instrument"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_instrumentId_reference_key" ON "Provision"("instrumentId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "ImplementationPhase_number_key" ON "ImplementationPhase"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ImplementationPhase_code_key" ON "ImplementationPhase"("code");

-- CreateIndex
CREATE INDEX "Responsibility_instrumentId_idx" ON "Responsibility"("instrumentId");

-- CreateIndex
CREATE INDEX "Responsibility_provisionId_idx" ON "Responsibility"("provisionId");

-- CreateIndex
CREATE INDEX "Responsibility_phaseId_idx" ON "Responsibility"("phaseId");

-- CreateIndex
CREATE INDEX "Responsibility_archivedAt_title_idx" ON "Responsibility"("archivedAt", "title");

-- CreateIndex
CREATE INDEX "ResponsibilityAssignment_responsibilityId_archivedAt_idx" ON "ResponsibilityAssignment"("responsibilityId", "archivedAt");

-- CreateIndex
CREATE INDEX "ResponsibilityAssignment_agencyId_archivedAt_idx" ON "ResponsibilityAssignment"("agencyId", "archivedAt");

-- CreateIndex
CREATE INDEX "ResponsibilityAssignment_positionId_idx" ON "ResponsibilityAssignment"("positionId");

-- CreateIndex
CREATE INDEX "Committee_parentId_idx" ON "Committee"("parentId");

-- CreateIndex
CREATE INDEX "Committee_kind_idx" ON "Committee"("kind");

-- CreateIndex
CREATE INDEX "Committee_chairAgencyId_idx" ON "Committee"("chairAgencyId");

-- CreateIndex
CREATE INDEX "Committee_secretariatAgencyId_idx" ON "Committee"("secretariatAgencyId");

-- CreateIndex
CREATE INDEX "Committee_archivedAt_name_idx" ON "Committee"("archivedAt", "name");

-- CreateIndex
CREATE INDEX "Committee_nextReviewDate_idx" ON "Committee"("nextReviewDate");

-- CreateIndex
CREATE INDEX "StandingAgendaItem_committeeId_order_idx" ON "StandingAgendaItem"("committeeId", "order");

-- CreateIndex
CREATE INDEX "CommitteeMembership_committeeId_endDate_idx" ON "CommitteeMembership"("committeeId", "endDate");

-- CreateIndex
CREATE INDEX "CommitteeMembership_agencyId_endDate_idx" ON "CommitteeMembership"("agencyId", "endDate");

-- CreateIndex
CREATE INDEX "CommitteeMembership_positionId_idx" ON "CommitteeMembership"("positionId");

-- CreateIndex
CREATE INDEX "MeetingSeries_committeeId_idx" ON "MeetingSeries"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_uid_key" ON "Meeting"("uid");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_postponedToId_key" ON "Meeting"("postponedToId");

-- CreateIndex
CREATE INDEX "Meeting_committeeId_startsAt_idx" ON "Meeting"("committeeId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_seriesId_idx" ON "Meeting"("seriesId");

-- CreateIndex
CREATE INDEX "Meeting_venue_startsAt_idx" ON "Meeting"("venue", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_confidentiality_idx" ON "Meeting"("confidentiality");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_committeeId_sequence_key" ON "Meeting"("committeeId", "sequence");

-- CreateIndex
CREATE INDEX "MeetingTimeMark_meetingId_at_idx" ON "MeetingTimeMark"("meetingId", "at");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_order_idx" ON "AgendaItem"("meetingId", "order");

-- CreateIndex
CREATE INDEX "AgendaItem_standingItemId_idx" ON "AgendaItem"("standingItemId");

-- CreateIndex
CREATE INDEX "AgendaItem_presenterAgencyId_idx" ON "AgendaItem"("presenterAgencyId");

-- CreateIndex
CREATE INDEX "Statement_agendaItemId_order_idx" ON "Statement"("agendaItemId", "order");

-- CreateIndex
CREATE INDEX "Statement_speakerAgencyId_idx" ON "Statement"("speakerAgencyId");

-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_idx" ON "Statement"("speakerPersonId");

-- CreateIndex
CREATE INDEX "Participation_meetingId_idx" ON "Participation"("meetingId");

-- CreateIndex
CREATE INDEX "Participation_agencyId_attendance_idx" ON "Participation"("agencyId", "attendance");

-- CreateIndex
CREATE INDEX "Participation_positionId_idx" ON "Participation"("positionId");

-- CreateIndex
CREATE INDEX "Participation_personId_idx" ON "Participation"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_symbol_key" ON "Document"("symbol");

-- CreateIndex
CREATE INDEX "Document_committeeId_issuedOn_idx" ON "Document"("committeeId", "issuedOn");

-- CreateIndex
CREATE INDEX "Document_meetingId_idx" ON "Document"("meetingId");

-- CreateIndex
CREATE INDEX "Document_agencyId_idx" ON "Document"("agencyId");

-- CreateIndex
CREATE INDEX "Document_kind_idx" ON "Document"("kind");

-- CreateIndex
CREATE INDEX "Document_issuedOn_idx" ON "Document"("issuedOn");

-- CreateIndex
CREATE INDEX "DocumentLink_documentId_idx" ON "DocumentLink"("documentId");

-- CreateIndex
CREATE INDEX "DocumentLink_agendaItemId_idx" ON "DocumentLink"("agendaItemId");

-- CreateIndex
CREATE INDEX "DocumentLink_statementId_idx" ON "DocumentLink"("statementId");

-- CreateIndex
CREATE INDEX "DocumentLink_decisionId_idx" ON "DocumentLink"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_supersedesId_key" ON "Decision"("supersedesId");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "Decision_agendaItemId_idx" ON "Decision"("agendaItemId");

-- CreateIndex
CREATE INDEX "Decision_status_decidedOn_idx" ON "Decision"("status", "decidedOn");

-- CreateIndex
CREATE INDEX "Decision_decidedOn_idx" ON "Decision"("decidedOn");

-- CreateIndex
CREATE INDEX "Decision_committeeId_decidedOn_idx" ON "Decision"("committeeId", "decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_committeeId_year_serial_key" ON "Decision"("committeeId", "year", "serial");

-- CreateIndex
CREATE INDEX "DecisionVote_decisionId_idx" ON "DecisionVote"("decisionId");

-- CreateIndex
CREATE INDEX "DecisionVote_agencyId_idx" ON "DecisionVote"("agencyId");

-- CreateIndex
CREATE INDEX "Action_ownerPositionId_status_idx" ON "Action"("ownerPositionId", "status");

-- CreateIndex
CREATE INDEX "Action_ownerAgencyId_status_idx" ON "Action"("ownerAgencyId", "status");

-- CreateIndex
CREATE INDEX "Action_ownerPersonId_idx" ON "Action"("ownerPersonId");

-- CreateIndex
CREATE INDEX "Action_committeeId_status_idx" ON "Action"("committeeId", "status");

-- CreateIndex
CREATE INDEX "Action_meetingId_idx" ON "Action"("meetingId");

-- CreateIndex
CREATE INDEX "Action_decisionId_idx" ON "Action"("decisionId");

-- CreateIndex
CREATE INDEX "Action_status_dueDate_idx" ON "Action"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Action_dueDate_idx" ON "Action"("dueDate");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_at_idx" ON "ActionUpdate"("actionId", "at");

-- CreateIndex
CREATE INDEX "ReportingObligation_instrumentId_idx" ON "ReportingObligation"("instrumentId");

-- CreateIndex
CREATE INDEX "ReportingObligation_provisionId_idx" ON "ReportingObligation"("provisionId");

-- CreateIndex
CREATE INDEX "ReportingObligation_leadPositionId_idx" ON "ReportingObligation"("leadPositionId");

-- CreateIndex
CREATE INDEX "ReportingObligation_leadAgencyId_idx" ON "ReportingObligation"("leadAgencyId");

-- CreateIndex
CREATE INDEX "ObligationContributor_agencyId_idx" ON "ObligationContributor"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ObligationContributor_obligationId_agencyId_key" ON "ObligationContributor"("obligationId", "agencyId");

-- CreateIndex
CREATE INDEX "ReportingDeadline_dueDate_idx" ON "ReportingDeadline"("dueDate");

-- CreateIndex
CREATE INDEX "ReportingDeadline_status_dueDate_idx" ON "ReportingDeadline"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingDeadline_obligationId_cycle_key" ON "ReportingDeadline"("obligationId", "cycle");

-- CreateIndex
CREATE INDEX "Milestone_deadlineId_dueDate_idx" ON "Milestone"("deadlineId", "dueDate");

-- CreateIndex
CREATE INDEX "Milestone_ownerPositionId_dueDate_idx" ON "Milestone"("ownerPositionId", "dueDate");

-- CreateIndex
CREATE INDEX "Milestone_dueDate_idx" ON "Milestone"("dueDate");

-- CreateIndex
CREATE INDEX "Handover_positionId_createdAt_idx" ON "Handover"("positionId", "createdAt");

-- CreateIndex
CREATE INDEX "Handover_agencyId_status_idx" ON "Handover"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Handover_incomingPersonId_status_idx" ON "Handover"("incomingPersonId", "status");

-- CreateIndex
CREATE INDEX "Handover_outgoingPersonId_idx" ON "Handover"("outgoingPersonId");

-- CreateIndex
CREATE INDEX "Handover_outgoingAssignmentId_idx" ON "Handover"("outgoingAssignmentId");

-- CreateIndex
CREATE INDEX "AccessGrant_personId_entity_idx" ON "AccessGrant"("personId", "entity");

-- CreateIndex
CREATE UNIQUE INDEX "AccessGrant_entity_entityId_personId_key" ON "AccessGrant"("entity", "entityId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_name_key" ON "Role"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Permission_action_entity_access_key" ON "Permission"("action", "entity", "access");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_key_at_idx" ON "SignInAttempt"("key", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeedToken_userId_idx" ON "CalendarFeedToken"("userId");

-- CreateIndex
CREATE INDEX "CalendarFeedToken_committeeId_idx" ON "CalendarFeedToken"("committeeId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "_RoleToUser_AB_unique" ON "_RoleToUser"("A", "B");

-- CreateIndex
CREATE INDEX "_RoleToUser_B_index" ON "_RoleToUser"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PermissionToRole_AB_unique" ON "_PermissionToRole"("A", "B");

-- CreateIndex
CREATE INDEX "_PermissionToRole_B_index" ON "_PermissionToRole"("B");

