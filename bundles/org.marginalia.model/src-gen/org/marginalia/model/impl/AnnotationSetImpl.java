/**
 */
package org.marginalia.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Relation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.impl.AnnotationSetImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.marginalia.model.impl.AnnotationSetImpl#getAnalystId <em>Analyst Id</em>}</li>
 *   <li>{@link org.marginalia.model.impl.AnnotationSetImpl#isCurated <em>Curated</em>}</li>
 *   <li>{@link org.marginalia.model.impl.AnnotationSetImpl#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.marginalia.model.impl.AnnotationSetImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.marginalia.model.impl.AnnotationSetImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.marginalia.model.impl.AnnotationSetImpl#getRelations <em>Relations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationSetImpl extends MinimalEObjectImpl.Container implements AnnotationSet {
	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * The default value of the '{@link #getAnalystId() <em>Analyst Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalystId()
	 * @generated
	 * @ordered
	 */
	protected static final String ANALYST_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalystId() <em>Analyst Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalystId()
	 * @generated
	 * @ordered
	 */
	protected String analystId = ANALYST_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isCurated() <em>Curated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CURATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCurated() <em>Curated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurated()
	 * @generated
	 * @ordered
	 */
	protected boolean curated = CURATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected String textHash = TEXT_HASH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<Entity> entities;

	/**
	 * The cached value of the '{@link #getRelations() <em>Relations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelations()
	 * @generated
	 * @ordered
	 */
	protected EList<Relation> relations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MarginaliaPackage.Literals.ANNOTATION_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MarginaliaPackage.ANNOTATION_SET__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.ANNOTATION_SET__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnalystId() {
		return analystId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalystId(String newAnalystId) {
		String oldAnalystId = analystId;
		analystId = newAnalystId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.ANNOTATION_SET__ANALYST_ID, oldAnalystId, analystId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCurated() {
		return curated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurated(boolean newCurated) {
		boolean oldCurated = curated;
		curated = newCurated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.ANNOTATION_SET__CURATED, oldCurated, curated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextHash() {
		return textHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextHash(String newTextHash) {
		String oldTextHash = textHash;
		textHash = newTextHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.ANNOTATION_SET__TEXT_HASH, oldTextHash, textHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, MarginaliaPackage.ANNOTATION_SET__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entity> getEntities() {
		if (entities == null) {
			entities = new EObjectContainmentEList<Entity>(Entity.class, this, MarginaliaPackage.ANNOTATION_SET__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relation> getRelations() {
		if (relations == null) {
			relations = new EObjectContainmentEList<Relation>(Relation.class, this, MarginaliaPackage.ANNOTATION_SET__RELATIONS);
		}
		return relations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MarginaliaPackage.ANNOTATION_SET__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case MarginaliaPackage.ANNOTATION_SET__ENTITIES:
				return ((InternalEList<?>)getEntities()).basicRemove(otherEnd, msgs);
			case MarginaliaPackage.ANNOTATION_SET__RELATIONS:
				return ((InternalEList<?>)getRelations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MarginaliaPackage.ANNOTATION_SET__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case MarginaliaPackage.ANNOTATION_SET__ANALYST_ID:
				return getAnalystId();
			case MarginaliaPackage.ANNOTATION_SET__CURATED:
				return isCurated();
			case MarginaliaPackage.ANNOTATION_SET__TEXT_HASH:
				return getTextHash();
			case MarginaliaPackage.ANNOTATION_SET__ANNOTATIONS:
				return getAnnotations();
			case MarginaliaPackage.ANNOTATION_SET__ENTITIES:
				return getEntities();
			case MarginaliaPackage.ANNOTATION_SET__RELATIONS:
				return getRelations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MarginaliaPackage.ANNOTATION_SET__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case MarginaliaPackage.ANNOTATION_SET__ANALYST_ID:
				setAnalystId((String)newValue);
				return;
			case MarginaliaPackage.ANNOTATION_SET__CURATED:
				setCurated((Boolean)newValue);
				return;
			case MarginaliaPackage.ANNOTATION_SET__TEXT_HASH:
				setTextHash((String)newValue);
				return;
			case MarginaliaPackage.ANNOTATION_SET__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case MarginaliaPackage.ANNOTATION_SET__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends Entity>)newValue);
				return;
			case MarginaliaPackage.ANNOTATION_SET__RELATIONS:
				getRelations().clear();
				getRelations().addAll((Collection<? extends Relation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MarginaliaPackage.ANNOTATION_SET__DOCUMENT:
				setDocument((Document)null);
				return;
			case MarginaliaPackage.ANNOTATION_SET__ANALYST_ID:
				setAnalystId(ANALYST_ID_EDEFAULT);
				return;
			case MarginaliaPackage.ANNOTATION_SET__CURATED:
				setCurated(CURATED_EDEFAULT);
				return;
			case MarginaliaPackage.ANNOTATION_SET__TEXT_HASH:
				setTextHash(TEXT_HASH_EDEFAULT);
				return;
			case MarginaliaPackage.ANNOTATION_SET__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case MarginaliaPackage.ANNOTATION_SET__ENTITIES:
				getEntities().clear();
				return;
			case MarginaliaPackage.ANNOTATION_SET__RELATIONS:
				getRelations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MarginaliaPackage.ANNOTATION_SET__DOCUMENT:
				return document != null;
			case MarginaliaPackage.ANNOTATION_SET__ANALYST_ID:
				return ANALYST_ID_EDEFAULT == null ? analystId != null : !ANALYST_ID_EDEFAULT.equals(analystId);
			case MarginaliaPackage.ANNOTATION_SET__CURATED:
				return curated != CURATED_EDEFAULT;
			case MarginaliaPackage.ANNOTATION_SET__TEXT_HASH:
				return TEXT_HASH_EDEFAULT == null ? textHash != null : !TEXT_HASH_EDEFAULT.equals(textHash);
			case MarginaliaPackage.ANNOTATION_SET__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case MarginaliaPackage.ANNOTATION_SET__ENTITIES:
				return entities != null && !entities.isEmpty();
			case MarginaliaPackage.ANNOTATION_SET__RELATIONS:
				return relations != null && !relations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (analystId: ");
		result.append(analystId);
		result.append(", curated: ");
		result.append(curated);
		result.append(", textHash: ");
		result.append(textHash);
		result.append(')');
		return result.toString();
	}

} //AnnotationSetImpl
