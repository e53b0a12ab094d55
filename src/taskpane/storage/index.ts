export { storageEstimate, type StorageProblem, type StorageResult } from './database';
export { clearPackages, loadPackage, loadRotations, rotationStore, savePackage, type Rotations, type StoredPackage } from './packageStore';
