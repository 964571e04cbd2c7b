import type { Messages } from '../sv';

export const exchange: Messages['exchange'] = {
  lead: '{{node}}, follow-up {{year}}. Send your own follow-up upwards as a signed package and receive the packages from the level below.',
  noNode:
    'This installation does not act for any node yet. Choose one under Organisation › This installation.',
  tabsLabel: 'Send and receive',
  tabs: { send: 'Send', receive: 'Receive', keys: 'Keys' },
  send: {
    heading: 'Send the follow-up',
    statusHeading: 'Status for {{node}} {{year}}',
    status: {
      notStarted: 'Not started',
      inProgress: 'In progress',
      ready: 'Ready to send',
      submitted: 'Submitted rev {{revision}}',
      returned: 'Returned',
    },
    statusHelp: {
      notStarted:
        'The follow-up has not been started. Fill in and sign the checklist before sending.',
      inProgress:
        'The follow-up is not signed. It can be sent once the manager and the safety representative have signed the checklist.',
      inProgressAbove:
        'This level’s own summary is not finished. You can still send what there is: the package carries the packages you have received.',
      ready: 'The follow-up is ready. Send it as revision {{revision}}.',
      submittedAbove:
        'Revision {{revision}} was sent {{date}}. If you receive new packages or change this level’s texts you can send a new revision.',
      submitted:
        'Revision {{revision}} was sent {{date}}. If you change something and sign again you can send a new revision.',
    },
    returnedHeading: 'The follow-up has been returned',
    returnedBy: 'Revision {{revision}} was returned by {{by}} ({{node}}) {{date}}:',
    returnedWhat:
      'What to do: reopen the checklist, fix what the comment is about, sign again and send a new revision here.',
    openChecklist: 'Open the checklist',
    cannotSend: 'It cannot be sent yet:',
    notSigned:
      'the checklist for {{node}} has not been signed by both the manager and the safety representative.',
    topLevel: '{{node}} is the top level of the organisation. There is no level above to send to.',
    contentsHeading: 'The package will contain',
    contents: {
      answers_one: '{{count}} answer',
      answers_other: '{{count}} answers',
      incidents_one: 'statistics of {{count}} incident',
      incidents_other: 'statistics of {{count}} incidents',
      actions_one: '{{count}} action',
      actions_other: '{{count}} actions',
      own: 'this level’s own summary, priorities and action plan',
      localReports_one: '{{count}} report of a node below without a package of its own',
      localReports_other: '{{count}} reports of nodes below without a package of their own',
      nested_one: '{{count}} received package, unchanged',
      nested_other: '{{count}} received packages, unchanged',
    },
    optionsLegend: 'What goes along besides the answers and the statistics',
    freeText: 'Include comments (free text may contain personal data)',
    incidentDetails: 'Include the incidents’ details',
    incidentDetailsHelp:
      'Without details only the statistics per month, type, cause and place are sent – no descriptions.',
    saveFile: 'Save package as file',
    toFolder: 'Put in the shared folder',
    working: 'Creating and signing the package…',
    savedFile: 'Revision {{revision}} was saved as {{name}}. Send the file to the level above.',
    savedFolder: 'Revision {{revision}} was put in the shared folder ({{file}}).',
    folderExists:
      'Revision {{revision}} is already in the shared folder and was not overwritten. Nothing was recorded as sent.',
    cancelled: 'No file was saved.',
    failed: 'The package could not be created: {{message}}',
  },
  receive: {
    heading: 'Receive packages',
    help: 'Import packages (.samx) from the nodes below you – and returns from the level above. You can choose or drop several files at once. Every package is checked: signature, checksums and that the node belongs to your part of the organisation.',
    helpUnit:
      'A unit only receives returns: packages the level above has sent back with a comment.',
    dropZone: 'Drop .samx files here',
    dropHint: 'or',
    chooseFiles: 'Choose files…',
    progress: 'Importing {{done}} of {{total}}',
    progressLabel: 'Imported packages',
    done_one: 'Done: {{count}} file processed.',
    done_other: 'Done: {{count}} files processed.',
    resultsHeading: 'Results',
    noFiles: 'None of the dropped files is a .samx file.',
    failedRead: 'The file {{name}} could not be read: {{message}}',
    outcome: {
      imported: 'Imported: {{node}}, revision {{revision}}.',
      importedReplaced:
        'Imported: {{node}}, revision {{revision}} (replaced revision {{previous}}).',
      unchanged: 'Unchanged: {{node}}, revision {{revision}} is already here.',
      older: 'Older revision ignored: {{node}}, revision {{revision}} (current is {{current}}).',
      conflict: 'Conflict: {{node}}, revision {{revision}} is already here with different content.',
      conflictStored: 'Stored: created {{created}}, checksum {{digest}}…',
      conflictIncoming: 'This file: created {{created}}, checksum {{digest}}…',
      conflictWhat:
        'The stored version is kept. Call the sender: ask them to check which version is right, sign again and send a new revision.',
      returned: 'Return received: revision {{revision}} was returned by {{from}}.',
      refused: 'Refused: {{message}}',
      notTrusted: 'Not imported: the key for {{node}} was not accepted.',
    },
    kind: {
      imported: 'imported',
      unchanged: 'unchanged',
      older: 'ignored',
      conflict: 'conflict',
      return: 'return',
      refused: 'refused',
      notTrusted: 'not imported',
    },
  },
  trust: {
    titleNew: 'New key for {{node}}',
    titleChanged: 'The key for {{node}} has changed',
    intro:
      'This is the first package from {{node}}. Before you trust the key: compare the fingerprint with the sender.',
    changed:
      'Warning: {{node}} now signs with a different key than before. A new computer or a reinstallation can cause this – but so can someone else having made the package. Only accept if the sender confirms the new fingerprint.',
    compare: 'Compare the fingerprint with the sender by phone.',
    fingerprint: 'Fingerprint',
    oldFingerprint: 'Previous fingerprint',
    newFingerprint: 'New fingerprint',
    file: 'File: {{name}}',
    trust: 'Trust the key and import',
    retrust: 'Trust the new key and import',
    confirmChanged: 'I have compared the new fingerprint with the sender by phone.',
    cancel: 'Cancel',
  },
  folder: {
    heading: 'Shared folder',
    help: 'Packages are put in the folder as <year>/<node>/<revision>.samx. The folder is searched every minute while this page is open.',
    browserNote:
      'The shared folder needs the desktop app. In the browser you send and receive packages as files.',
    current: 'Chosen folder: {{path}}',
    none: 'No folder has been chosen.',
    choose: 'Choose folder…',
    scan: 'Look for new packages now',
    scanning: 'Searching the shared folder…',
    scannedNone: 'No new packages in the shared folder ({{time}}).',
    scanned_one: '{{count}} new package in the shared folder ({{time}}).',
    scanned_other: '{{count}} new packages in the shared folder ({{time}}).',
    failed: 'The shared folder could not be read: {{message}}',
  },
  keys: {
    ownHeading: 'This installation’s key',
    ownHelp:
      'Read the fingerprint out to the recipient when they receive your first package, so that they know the package comes from you.',
    ownFingerprint: 'Fingerprint for {{node}}',
    ownFailed: 'The key could not be read: {{message}}',
    trustedHeading: 'Trusted keys',
    trustedHelp:
      'The keys of the nodes below you, accepted when their first package was received. If you remove a key, the node’s next package must be accepted again.',
    none: 'No keys are trusted yet.',
    caption: 'Trusted keys',
    node: 'Node',
    fingerprint: 'Fingerprint',
    since: 'Trusted since',
    previous: 'Previous fingerprints',
    replacedAt: '(replaced {{date}})',
    noPrevious: '–',
    remove: 'Remove',
    removeLabel: 'Remove the key for {{node}}',
    removeTitle: 'Remove the key for {{node}}?',
    removeMessage:
      'The next package from {{node}} must be accepted again by comparing the fingerprint. Packages already received are not affected.',
    removed: 'The key for {{node}} was removed.',
    unknownNode: 'Unknown node ({{id}})',
  },
};
