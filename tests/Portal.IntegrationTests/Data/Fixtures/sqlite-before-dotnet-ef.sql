-- A SQLite database as the hand-written migrations 20261122090000_Initial ... 20261207010000_SignInGuard (EF Core
-- 10.0.14) left it: schema and migration history (sqlite3 .dump). UpgradeTests starts today's app on it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261122090000_Initial','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122100000_DataProtection','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122110000_Meetings','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261202100000_Staff','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261202110000_Editor','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261207010000_SignInGuard','10.0.14');
CREATE TABLE IF NOT EXISTS "ContentItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContentItems" PRIMARY KEY,
    "ContentType" TEXT NOT NULL,
    "TranslationKey" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "ContentVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContentVersions" PRIMARY KEY,
    "ContentItemId" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "IsLatest" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Section" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "LastReviewed" TEXT NULL,
    "Owner" TEXT NOT NULL,
    "RelatedKeys" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "SourceHash" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ChangeNote" TEXT NULL,
    "PublishedUtc" TEXT NULL,
    "PublishedBy" TEXT NULL,
    CONSTRAINT "FK_ContentVersions_ContentItems_ContentItemId" FOREIGN KEY ("ContentItemId") REFERENCES "ContentItems" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AuditEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEvents" PRIMARY KEY,
    "EventType" TEXT NOT NULL,
    "OccurredUtc" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "SubjectType" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "PayloadJson" TEXT NOT NULL,
    "ClientAddress" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "DataProtectionKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "AppSecrets" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_AppSecrets" PRIMARY KEY,
    "ProtectedValue" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Meetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "StartsAtUtc" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "CaseOfficerId" TEXT NOT NULL,
    "PersonnummerProtected" TEXT NOT NULL,
    "PersonnummerHash" TEXT NOT NULL,
    "PersonNameProtected" TEXT NOT NULL,
    "HasProtectedIdentity" INTEGER NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
, "ReadSubmissionNumber" INTEGER NULL, "ReadUtc" TEXT NULL, "ReadBy" TEXT NULL);
CREATE TABLE IF NOT EXISTS "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ExpiresUtc" TEXT NOT NULL,
    "FailedAttempts" INTEGER NOT NULL,
    "LockedUntilUtc" TEXT NULL,
    "FirstVerifiedUtc" TEXT NULL, "LockCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "FK_Invitations_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "QuestionnaireResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QuestionnaireResponses" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "DefinitionVersionId" TEXT NOT NULL,
    "AnswersProtected" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "StartedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "SubmittedUtc" TEXT NULL,
    "SubmittedRevision" INTEGER NULL,
    "ReferenceNumber" TEXT NOT NULL,
    CONSTRAINT "FK_QuestionnaireResponses_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ResponseSubmissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResponseSubmissions" PRIMARY KEY,
    "ResponseId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "DefinitionVersionId" TEXT NOT NULL,
    "AnswersProtected" TEXT NOT NULL,
    "SubmittedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_ResponseSubmissions_QuestionnaireResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "QuestionnaireResponses" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
, "SignInLockedUntilUtc" TEXT NULL, "SignInLockCount" INTEGER NOT NULL DEFAULT 0, "LastTotpStep" INTEGER NULL, "MustChangePassword" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "MeetingNotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingNotes" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "TextProtected" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_MeetingNotes_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ContentSchedules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContentSchedules" PRIMARY KEY,
    "ContentItemId" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "PublishAtUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CompletedUtc" TEXT NULL,
    "Outcome" TEXT NULL,
    CONSTRAINT "FK_ContentSchedules_ContentItems_ContentItemId" FOREIGN KEY ("ContentItemId") REFERENCES "ContentItems" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_ContentItems_ContentType_TranslationKey_Language" ON "ContentItems" ("ContentType", "TranslationKey", "Language");
CREATE UNIQUE INDEX "IX_ContentVersions_ContentItemId_VersionNumber" ON "ContentVersions" ("ContentItemId", "VersionNumber");
CREATE UNIQUE INDEX "IX_ContentVersions_Published" ON "ContentVersions" ("ContentItemId") WHERE "IsPublished";
CREATE UNIQUE INDEX "IX_ContentVersions_Latest" ON "ContentVersions" ("ContentItemId") WHERE "IsLatest";
CREATE INDEX "IX_AuditEvents_OccurredUtc" ON "AuditEvents" ("OccurredUtc");
CREATE INDEX "IX_AuditEvents_SubjectType_SubjectId" ON "AuditEvents" ("SubjectType", "SubjectId");
CREATE INDEX "IX_Meetings_StartsAtUtc" ON "Meetings" ("StartsAtUtc");
CREATE INDEX "IX_Meetings_CaseOfficerId" ON "Meetings" ("CaseOfficerId");
CREATE INDEX "IX_Meetings_PersonnummerHash" ON "Meetings" ("PersonnummerHash");
CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");
CREATE UNIQUE INDEX "IX_Invitations_MeetingId" ON "Invitations" ("MeetingId");
CREATE UNIQUE INDEX "IX_QuestionnaireResponses_MeetingId" ON "QuestionnaireResponses" ("MeetingId");
CREATE UNIQUE INDEX "IX_ResponseSubmissions_ResponseId_Number" ON "ResponseSubmissions" ("ResponseId", "Number");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE INDEX "IX_MeetingNotes_MeetingId" ON "MeetingNotes" ("MeetingId");
CREATE INDEX "IX_ContentSchedules_ContentItemId" ON "ContentSchedules" ("ContentItemId");
CREATE INDEX "IX_ContentSchedules_Status_PublishAtUtc" ON "ContentSchedules" ("Status", "PublishAtUtc");
-- Rows as the earlier version wrote them: a published guidance page and an audit event.
INSERT INTO "ContentItems" VALUES('6B1D3C52-8E0A-4F43-9A57-2D4C1B0E7A11','guidance','fore-uppgraderingen','sv','2026-11-30 08:00:00');
INSERT INTO "ContentVersions" VALUES('0C7E5B3A-1F2D-4E6B-8A9C-3D4E5F6A7B81','6B1D3C52-8E0A-4F43-9A57-2D4C1B0E7A11',1,1,1,'fore-uppgraderingen','Sidan från före uppgraderingen','Skriven av den tidigare versionen.','om-tjansten',90,'2026-11-30','Redaktionen','','Den här texten skrevs innan migreringarna byttes.',NULL,'2026-11-30 08:00:00','redaktor@example.test',NULL,'2026-11-30 08:05:00','redaktor@example.test');
INSERT INTO "AuditEvents" VALUES('2A3B4C5D-6E7F-4801-9A2B-3C4D5E6F7A91','ContentPublished','2026-11-30 08:05:00','redaktor@example.test','ContentItem','6B1D3C52-8E0A-4F43-9A57-2D4C1B0E7A11',NULL,'{}',NULL);
COMMIT;
